package id.gamestore.order.catalog;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The server limits of a package, as the Pterodactyl panel takes them. */
@Schema(description = "Server limits: memory, swap and disk in MiB, cpu in percent of one core, io weight")
public record Resources(int memory, int cpu, int disk, int io, int swap, int databases, int allocations,
        int backups) {
}
