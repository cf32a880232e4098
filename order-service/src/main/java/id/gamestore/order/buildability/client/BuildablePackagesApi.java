package id.gamestore.order.buildability.client;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** provisioning-service's {@code GET /api/admin/capacity/packages}: which packages it can build now, and why not. */
@Path("/api/admin/capacity/packages")
public interface BuildablePackagesApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PackageStatus(String code, boolean buildable, List<String> problems, List<String> reasons) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PackagesView(String panel, List<PackageStatus> packages) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    PackagesView packages(@HeaderParam("X-Api-Key") String apiKey);
}
