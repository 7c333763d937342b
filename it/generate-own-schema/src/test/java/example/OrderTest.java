package example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import example.shop.CardPayment;
import example.shop.ListOrdersQuery;
import example.shop.Order;
import example.shop.PhoneWallet;
import example.shop.ShopClient;
import example.shop.TransferPayment;
import example.shop.UnknownPayment;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The types generated from the shop's own schema folder, used the way an application would. */
class OrderTest {

    private final ObjectMapper json = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    @Test
    @DisplayName("reads an order: keyword wire names, a customer from another file, a oneOf inside a oneOf")
    void readsOrder() throws Exception {
        Order order = json.readValue("""
                {"id": "3f1c2a9e-0000-4000-8000-000000000001", "class": "express", "default": true, "2fa": false,
                 "placed-at": "2026-11-20T08:30:00+01:00",
                 "customer": {"name": "Ada", "address": {"street": "Main St 1", "postal-code": "1010"}},
                 "payment": {"kind": "card", "wallet": {"type": "phone", "device": "pixel"}}}
                """, Order.class);

        assertEquals(UUID.fromString("3f1c2a9e-0000-4000-8000-000000000001"), order.id());
        assertEquals("express", order.class_());
        assertEquals(Boolean.TRUE, order.default_());
        assertEquals(Boolean.FALSE, order._2fa());
        assertEquals("1010", order.customer().address().postalCode());
        CardPayment card = assertInstanceOf(CardPayment.class, order.payment());
        assertEquals("pixel", assertInstanceOf(PhoneWallet.class, card.wallet()).device());
    }

    @Test
    @DisplayName("writes keyword-named fields under their wire names and reads them back")
    void roundTrip() throws Exception {
        Order order = Order.builder()
                .id(UUID.fromString("3f1c2a9e-0000-4000-8000-000000000002"))
                .class_("standard")
                .customer(new example.shop.Customer("Grace", null))
                .payment(new TransferPayment("transfer", "AT611904300234573201"))
                .build();

        String text = json.writeValueAsString(order);

        assertTrue(text.contains("\"class\":\"standard\""), text);
        assertEquals(order, json.readValue(text, Order.class));
    }

    @Test
    @DisplayName("keeps a payment kind the schema does not know")
    void unknownKind() throws Exception {
        Order order = json.readValue("""
                {"id": "3f1c2a9e-0000-4000-8000-000000000003", "class": "express",
                 "customer": {"name": "Ada"}, "payment": {"kind": "voucher", "code": "X1"}}
                """, Order.class);

        assertEquals("voucher", assertInstanceOf(UnknownPayment.class, order.payment()).kind());
    }

    @Test
    @DisplayName("generates a client for the schema's own API, with its query limits")
    void client() {
        assertEquals(URI.create("https://shop.example/api"), ShopClient.DEFAULT_BASE_URL);
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> ListOrdersQuery.builder().page(0).build());
        assertEquals("page must be at least 1, was 0", thrown.getMessage());
        assertEquals("ShopClient[baseUrl=https://shop.example/api]", ShopClient.builder().build().toString());
    }
}
