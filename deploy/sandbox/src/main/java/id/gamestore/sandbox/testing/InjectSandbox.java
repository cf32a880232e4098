package id.gamestore.sandbox.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test field that {@link SandboxTestResource} fills with the running sandbox. Field types:
 * {@link id.gamestore.sandbox.Sandbox}, {@link id.gamestore.sandbox.panel.PanelSandbox} or
 * {@link id.gamestore.sandbox.whatsapp.WhatsAppSandbox}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface InjectSandbox {
}
