package id.gamestore.order.ordering;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

/** Reads of many orders for the admin's list and a customer's orders; newest first. */
@ApplicationScoped
public class OrderQueries {

    /** One page of orders and how many there are in all. */
    public record Page(List<Order> items, long total) {
    }

    /** @param status only orders in this status; empty for all */
    public Page page(Optional<OrderStatus> status, int pageNo, int pageSize) {
        PanacheQuery<Order> query = status
                .map(s -> Order.<Order>find("status = ?1 order by createdAt desc", s))
                .orElseGet(() -> Order.find("order by createdAt desc"));
        return new Page(query.page(pageNo, pageSize).list(), query.count());
    }

    /** Orders in a status, the longest waiting first (the admin's {@code !pending}): the first {@code max}. */
    public Page oldestFirst(OrderStatus status, int max) {
        PanacheQuery<Order> query = Order.find("status = ?1 order by createdAt, id", status);
        return new Page(query.page(0, max).list(), query.count());
    }

    /** Orders in a status, the most recently changed first (the admin's {@code !failed}): the first {@code max}. */
    public Page recentlyChanged(OrderStatus status, int max) {
        PanacheQuery<Order> query = Order.find("status = ?1 order by updatedAt desc, id", status);
        return new Page(query.page(0, max).list(), query.count());
    }

    /** The newest {@code max} orders of a customer. */
    public List<Order> ofCustomer(String customerId, int max) {
        return Order.<Order>find("customerId = ?1 order by createdAt desc", customerId).page(0, max).list();
    }

    /** How many orders a customer has in all. */
    public long countOfCustomer(String customerId) {
        return Order.count("customerId", customerId);
    }

    /** A customer's COMPLETED orders, newest first: the ones with a server. */
    public List<Order> completedOfCustomer(String customerId) {
        return Order.<Order>find("customerId = ?1 and status = ?2 order by createdAt desc", customerId,
                OrderStatus.COMPLETED).list();
    }

    /** An order by its id as typed (any case); empty when there is none. Never throws, so it is safe inside a chat. */
    public Optional<Order> find(String orderId) {
        String id = OrderIds.canonical(orderId);
        return OrderIds.isWellFormed(id) ? Optional.ofNullable(Order.findById(id)) : Optional.empty();
    }
}
