package id.gamestore.order.chat.customer;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import id.gamestore.order.catalog.GamePackage;
import id.gamestore.order.catalog.PackageCatalog;
import id.gamestore.order.chat.ChatAnswer;
import id.gamestore.order.chat.ChatCall;
import id.gamestore.order.chat.ChatCommand;
import id.gamestore.order.chat.ChatTexts;

/** {@code !paket} / {@code !packages}: the catalog, cheapest first, with resources, monthly price and durations. */
@ApplicationScoped
public class PackagesCommand implements ChatCommand {
    private final PackageCatalog catalog;
    private final ChatTexts texts;

    PackagesCommand(PackageCatalog catalog, ChatTexts texts) {
        this.catalog = catalog;
        this.texts = texts;
    }

    @Override
    public String name() {
        return "packages";
    }

    @Override
    public List<String> words() {
        return List.of("packages", "paket");
    }

    @Override
    public ChatAnswer run(ChatCall call) {
        List<GamePackage> packages = catalog.all().stream()
                .sorted(Comparator.comparingLong(GamePackage::pricePerMonth).thenComparing(GamePackage::code))
                .toList();
        List<Map<String, Object>> shown = packages.stream().map(p -> shown(p, call.locale())).toList();
        List<Map<String, Object>> data = packages.stream().map(PackagesCommand::data).toList();
        return ChatAnswer.of(name(), texts.render("packages", call.locale(), Map.of("packages", shown)),
                Map.of("packages", data));
    }

    private static Map<String, Object> shown(GamePackage p, String locale) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", p.code());
        out.put("name", p.name());
        out.put("memory", Formats.mebibytes(p.resources().memory(), locale));
        out.put("cores", Formats.cores(p.resources().cpu(), locale));
        out.put("disk", Formats.mebibytes(p.resources().disk(), locale));
        out.put("price", Formats.rupiah(p.pricePerMonth()));
        out.put("durations", String.join(", ", p.durations().stream().map(String::valueOf).toList()));
        return out;
    }

    private static Map<String, Object> data(GamePackage p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", p.code());
        out.put("name", p.name());
        out.put("game", p.game());
        out.put("pricePerMonth", p.pricePerMonth());
        out.put("durations", p.durations());
        out.put("memoryMb", p.resources().memory());
        out.put("cpuPercent", p.resources().cpu());
        out.put("diskMb", p.resources().disk());
        return out;
    }
}
