package id.gamestore.provisioning.admin;

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
 * rest at run time; this finds them at build time); this service has only admin endpoints.
 */
class EndpointRolesTest {
    static final List<Class<?>> RESOURCES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("id.gamestore.provisioning")
            // an interface with @Path here is an outbound REST client (notification-service's API), not an endpoint
            .stream().filter(c -> c.isAnnotatedWith(Path.class) && !c.isInterface()).<Class<?>>map(c -> c.reflect())
            .toList();

    @Test
    void everyEndpointHasRolesAllowedOrPermitAll() {
        assertThat(RESOURCES).hasSizeGreaterThanOrEqualTo(2);
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

    /**
     * Least privilege: {@code /api/admin/**} is for admin keys only; a service key (order-service's chat) reaches
     * {@code /api/servers/**} (a server's status and power) and nothing else. Any other path needs a decision here.
     */
    @Test
    void adminEndpointsAllowTheAdminRoleOnlyAndServerEndpointsAlsoTheServiceRole() {
        for (Endpoint e : operations()) {
            Annotation roles = rolesOf(e.resource(), e.method());
            String what = e.verb() + " " + e.path();
            assertThat(roles).as(what).isInstanceOf(RolesAllowed.class);
            String[] allowed = ((RolesAllowed) roles).value();
            if (e.path().startsWith("/api/admin/")) {
                assertThat(allowed).as(what).containsExactly(Roles.ADMIN);
            } else {
                assertThat(e.path()).as(what).startsWith("/api/servers/");
                assertThat(allowed).as(what).containsExactlyInAnyOrder(Roles.SERVICE, Roles.ADMIN);
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
