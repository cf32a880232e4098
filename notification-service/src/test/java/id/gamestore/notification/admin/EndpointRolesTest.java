package id.gamestore.notification.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every JAX-RS endpoint says who may call it ({@code quarkus.security.jaxrs.deny-unannotated-endpoints} refuses the
 * rest at run time; this finds them at build time).
 */
class EndpointRolesTest {
    static final List<Class<?>> RESOURCES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("id.gamestore.notification")
            // an interface with @Path here is an outbound REST client (chat/client: order-service's chat endpoint),
            // not an endpoint of ours (as in order-service and provisioning-service)
            .stream().filter(c -> c.isAnnotatedWith(Path.class) && !c.isInterface()).<Class<?>>map(c -> c.reflect())
            .toList();

    @Test
    void everyEndpointHasRolesAllowedOrPermitAll() {
        assertThat(RESOURCES).hasSizeGreaterThanOrEqualTo(3);
        List<String> unannotated = new ArrayList<>();
        for (Class<?> resource : RESOURCES) {
            for (Method method : endpoints(resource)) {
                if (rolesOf(resource, method) == null) {
                    unannotated.add(resource.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(unannotated).as("endpoints without @RolesAllowed, @PermitAll or @DenyAll").isEmpty();
    }

    /** /api/admin is for admins; the webhooks are public and check their own signatures; nothing else is open. */
    @Test
    void adminEndpointsAllowTheAdminRoleOnlyAndOnlyWebhooksArePublic() {
        for (Class<?> resource : RESOURCES) {
            for (Method method : endpoints(resource)) {
                Annotation roles = rolesOf(resource, method);
                String what = resource.getSimpleName() + "." + method.getName();
                // the webhooks are the receipt feature's REST adapters
                if (resource.getPackageName().endsWith(".receipt.rest")) {
                    assertThat(roles).as(what).isInstanceOf(PermitAll.class);
                } else {
                    assertThat(roles).as(what).isInstanceOf(RolesAllowed.class);
                    assertThat(((RolesAllowed) roles).value()).as(what).containsExactly(Roles.ADMIN);
                }
            }
        }
    }

    /** An endpoint: its resource method, HTTP method and path template. */
    record Endpoint(Class<?> resource, Method method, String verb, String path) {
        /** The path with every {@code {param}} replaced. */
        String path(String paramValue) {
            return path.replaceAll("\\{[^}]+}", paramValue);
        }
    }

    /** Every endpoint with an HTTP method, from the JAX-RS annotations (independent of where OpenAPI is served). */
    static List<Endpoint> operations() {
        List<Endpoint> all = new ArrayList<>();
        for (Class<?> resource : RESOURCES) {
            String base = resource.getAnnotation(Path.class).value().replaceAll("/+$", "");
            for (Method method : endpoints(resource)) {
                String sub = method.isAnnotationPresent(Path.class)
                        ? "/" + method.getAnnotation(Path.class).value().replaceAll("^/+", "") : "";
                Arrays.stream(method.getAnnotations())
                        .map(a -> a.annotationType().getAnnotation(HttpMethod.class)).filter(h -> h != null)
                        .forEach(h -> all.add(new Endpoint(resource, method, h.value(), base + sub)));
            }
        }
        return all;
    }

    static List<Method> endpoints(Class<?> resource) {
        return Arrays.stream(resource.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(Path.class) || Arrays.stream(m.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class)))
                .toList();
    }

    /** The method's own annotation wins over the class's, as in Quarkus. */
    static Annotation rolesOf(Class<?> resource, Method method) {
        for (Class<? extends Annotation> type : List.of(RolesAllowed.class, PermitAll.class, DenyAll.class)) {
            if (method.isAnnotationPresent(type)) {
                return method.getAnnotation(type);
            }
        }
        for (Class<? extends Annotation> type : List.of(RolesAllowed.class, PermitAll.class, DenyAll.class)) {
            if (resource.isAnnotationPresent(type)) {
                return resource.getAnnotation(type);
            }
        }
        return null;
    }
}
