package id.gamestore.order.catalog.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import id.gamestore.order.api.OrderServiceApi;
import id.gamestore.order.auth.Roles;
import id.gamestore.order.catalog.GamePackage;
import id.gamestore.order.catalog.PackageCatalog;

@RolesAllowed({ Roles.BOT, Roles.ADMIN })
@Path("/api/packages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OrderServiceApi.BOT_TAG)
@SecurityRequirement(name = OrderServiceApi.API_KEY)
public class PackageResource {
    private final PackageCatalog catalog;

    PackageResource(PackageCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(summary = "List the packages on sale",
            description = "Codes, names, monthly prices (IDR), the durations that may be ordered, and the server "
                    + "resources. Bot or admin key.")
    public List<GamePackage> list() {
        return List.copyOf(catalog.all());
    }
}
