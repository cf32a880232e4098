package id.gamestore.sandbox.panel.view;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.gamestore.sandbox.panel.http.ApiRequest;
import id.gamestore.sandbox.panel.http.Listing;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** The requested include tree (depth 2) and the permission check that turns a forbidden include into null_resource. */
public record Includes(Set<String> names, ApiRequest request) {
    public static Includes of(ApiRequest request) {
        return new Includes(request.includes(), request);
    }

    public boolean has(String name) {
        return names.stream().anyMatch(n -> n.equals(name) || n.startsWith(name + "."));
    }

    /** The includes below {@code name} ({@code allocations.node} -> {@code node}); depth is limited to 2. */
    public Includes under(String name) {
        Set<String> children = names.stream().filter(n -> n.startsWith(name + "."))
                .map(n -> n.substring(name.length() + 1)).filter(n -> !n.contains("."))
                .collect(Collectors.toSet());
        return new Includes(children, request);
    }

    public boolean isEmpty() {
        return names.isEmpty();
    }

    /** Adds a collection relationship, or null_resource when the key may not read {@code resource}. */
    public <T> void list(ObjectNode relationships, String name, String resource, Supplier<List<T>> items,
                         Function<T, ObjectNode> view) {
        if (!has(name)) {
            return;
        }
        relationships.set(name, request.canRead(resource)
                ? Listing.plain(items.get(), view) : Listing.nullResource());
    }

    /** Adds a single relationship, or null_resource when absent or forbidden. */
    public <T> void single(ObjectNode relationships, String name, String resource, Supplier<T> item,
                           Function<T, ObjectNode> view) {
        if (!has(name)) {
            return;
        }
        T value = request.canRead(resource) ? item.get() : null;
        relationships.set(name, value == null ? Listing.nullResource() : view.apply(value));
    }
}
