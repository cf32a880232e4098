package id.gamestore.order.customer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import id.gamestore.order.ids.Crockford;

/** Finds or creates the customer of a phone number; the latest name, email and locale given win. */
@ApplicationScoped
public class CustomerService {
    private static final int ID_CHARS = 10;

    private final EntityManager em;

    CustomerService(EntityManager em) {
        this.em = em;
    }

    /** A stable id derived from the normalised phone: the same number always gets the same customer id. */
    public static String customerId(String e164) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(e164.getBytes(StandardCharsets.UTF_8));
            return "CUS-" + Crockford.encode(hash, ID_CHARS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** Upserts in one statement, so two first orders of a new customer at the same moment make one customer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Customer upsert(String e164, String name, String email, String locale) {
        String id = customerId(e164);
        em.createNativeQuery("""
                insert into customer (id, phone, name, email, locale, created_at, updated_at)
                values (:id, :phone, :name, cast(:email as varchar), :locale, now(), now())
                on conflict (phone) do update
                set name = excluded.name, email = coalesce(excluded.email, customer.email),
                    locale = excluded.locale, updated_at = now()
                """)
                .setParameter("id", id).setParameter("phone", e164).setParameter("name", name)
                .setParameter("email", email).setParameter("locale", locale)
                .executeUpdate();
        Customer customer = Customer.findById(id);
        em.refresh(customer);
        return customer;
    }

    public Optional<Customer> byPhone(String e164) {
        return Optional.ofNullable(Customer.findByPhone(e164));
    }
}
