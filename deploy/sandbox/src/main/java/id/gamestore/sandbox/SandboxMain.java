package id.gamestore.sandbox;

/** Placeholder replaced by the sandbox implementation. */
public final class SandboxMain {
    public static void main(String[] args) {
        System.out.println("sandbox");
    }
}
