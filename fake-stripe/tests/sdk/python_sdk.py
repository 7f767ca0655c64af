"""Drives fake-stripe with Stripe's official Python SDK (stripe==16.1.0), the way users' code does.

Usage: python3 python_sdk.py BASE_URL [--retries]

The SDK is pointed at the fake with `stripe.api_base` (and, for `StripeClient`, with
`base_addresses`). Every check runs twice: once pinned to `stripe.api_version = "2019-10-08"`,
the version the fake models, and once with the SDK's own default version (a `YYYY-MM-DD.name`
value such as `2026-10-28.endive`). Each check prints one line; the first failure prints its
reason and exits with status 1. Run by fake-stripe/tests/official_sdk.rs.

With `--retries` it runs only the retry check, meant for a fake injecting 500s and dropped
connections: the SDK retries with the Idempotency-Key it generated for each POST, and the fake
must replay instead of creating twice.
"""

import sys
import traceback
import uuid

import stripe

KEY = "sk_test_fakestripesdk123"
SDK_DEFAULT_VERSION = stripe.api_version


def tag():
    """A unique suffix, so the two passes never see each other's objects."""
    return uuid.uuid4().hex[:10]


def expect_error(cls, fn):
    """Runs `fn`, which must raise `cls`; returns the error."""
    try:
        fn()
    except cls as e:
        return e
    except stripe.StripeError as e:
        raise AssertionError(
            "expected %s, got %s: %s" % (cls.__name__, type(e).__name__, e)
        )
    raise AssertionError("expected %s, but the call succeeded" % cls.__name__)


def check_version_echo(version):
    c = stripe.Customer.create(description="version echo")
    sent = version
    got = c.last_response.headers.get("Stripe-Version")
    assert got == sent, "Stripe-Version answered %r, sent %r" % (got, sent)
    assert c.last_response.request_id.startswith("req_"), (
        "Request-Id %r" % c.last_response.request_id
    )


def check_customer_crud():
    email = "crud-%s@example.com" % tag()
    c = stripe.Customer.create(
        email=email,
        name="Jenny Rosen",
        description="made by the Python SDK",
        metadata={"order_id": "6735", "source": "sdk"},
        address={"line1": "1 Main St", "city": "Springfield", "country": "US"},
    )
    assert c.object == "customer", "object %r" % c.object
    assert c.id.startswith("cus_"), "id %r" % c.id
    assert isinstance(c, stripe.Customer), "type %s" % type(c).__name__
    assert c.email == email, "email %r" % c.email
    assert c.metadata["order_id"] == "6735", "metadata %r" % c.metadata
    assert c.address.city == "Springfield", "address %r" % c.address

    got = stripe.Customer.retrieve(c.id)
    assert got.id == c.id and got.name == "Jenny Rosen", "retrieved %r" % got

    up = stripe.Customer.modify(
        c.id, name="Jenny R.", description="", metadata={"source": "", "tier": "gold"}
    )
    assert up.name == "Jenny R.", "name %r" % up.name
    assert up.description is None, "description not cleared: %r" % up.description
    assert up.metadata.to_dict() == {"order_id": "6735", "tier": "gold"}, (
        "metadata %r" % up.metadata
    )

    again = stripe.Customer.retrieve(c.id)
    assert again.name == "Jenny R.", "update not kept: %r" % again.name


def check_customer_details():
    c = stripe.Customer.create(
        metadata={"crm": "42"},
        address={"line1": "1 Main St", "city": "Springfield", "postal_code": "97477"},
        shipping={"name": "Jenny", "address": {"line1": "2 Side St", "country": "US"}},
        source="tok_visa",
        preferred_locales=["fr", "en"],
        invoice_settings={"custom_fields": [{"name": "PO", "value": "7"}]},
        expand=["default_source"],
    )
    assert isinstance(c.default_source, stripe.Card), "default_source %r" % c.default_source
    assert c.default_source.last4 == "4242", "card %r" % c.default_source
    got = stripe.Customer.retrieve(c.id)
    assert got.default_source == c.default_source.id, "stored %r" % got.default_source
    assert got.metadata.to_dict() == {"crm": "42"}, "metadata %r" % got.metadata
    assert got.address.line1 == "1 Main St" and got.address.country is None, (
        "address %r" % got.address
    )
    assert got.shipping.name == "Jenny" and got.shipping.address.country == "US", (
        "shipping %r" % got.shipping
    )
    assert got.preferred_locales == ["fr", "en"], "locales %r" % got.preferred_locales
    assert got.invoice_settings.custom_fields[0].value == "7", (
        "invoice_settings %r" % got.invoice_settings
    )
    expanded = stripe.Customer.retrieve(c.id, expand=["default_source"])
    assert expanded.default_source.object == "card", "GET expand %r" % expanded.default_source

    up = stripe.Customer.modify(c.id, address="", shipping="", metadata="")
    assert up.address is None and up.shipping is None, "not cleared %r %r" % (
        up.address,
        up.shipping,
    )
    assert up.metadata.to_dict() == {}, "metadata %r" % up.metadata
    e = expect_error(
        stripe.InvalidRequestError,
        lambda: stripe.Customer.retrieve(c.id, expand=["nothing"]),
    )
    assert e.http_status == 400 and "cannot be expanded" in e.user_message, (
        "expand error %r" % e.user_message
    )
    e = expect_error(
        stripe.InvalidRequestError,
        lambda: stripe.Customer.modify(c.id, metadata={"k" * 41: "v"}),
    )
    assert e.param == "metadata", "metadata error param %r" % e.param


def check_customer_paging():
    email = "pager-%s@example.com" % tag()
    made = [stripe.Customer.create(email=email, description="p%d" % i).id for i in range(5)]
    page = stripe.Customer.list(limit=2, email=email)
    assert page.object == "list", "object %r" % page.object
    assert len(page.data) == 2 and page.has_more, "first page %r" % page
    seen = [c.id for c in page.auto_paging_iter()]
    want = list(reversed(made))
    assert seen == want, "auto_paging_iter gave %r, want newest first %r" % (seen, want)
    back = stripe.Customer.list(limit=2, email=email, ending_before=made[0])
    assert [c.id for c in back.data] == [made[2], made[1]], "ending_before %r" % back


def check_product():
    p = stripe.Product.create(
        name="Widget %s" % tag(),
        type="good",
        caption="a widget",
        images=["https://example.com/a.png", "https://example.com/b.png"],
        metadata={"sku": "w-1", "color": "red"},
    )
    assert p.id.startswith("prod_"), "id %r" % p.id
    assert p.type == "good", "type %r" % p.type
    assert p.images == ["https://example.com/a.png", "https://example.com/b.png"], (
        "images %r" % p.images
    )
    up = stripe.Product.modify(
        p.id,
        images=["https://example.com/c.png"],
        metadata={"color": "", "size": "L"},
        active=False,
    )
    assert up.images == ["https://example.com/c.png"], "images %r" % up.images
    assert up.metadata.to_dict() == {"sku": "w-1", "size": "L"}, "metadata %r" % up.metadata
    assert up.active is False, "active %r" % up.active


def check_charge():
    c = stripe.Customer.create(description="charged")
    ch = stripe.Charge.create(
        amount=1099,
        currency="usd",
        source="tok_visa",
        description="SDK charge",
        metadata={"k": "v"},
    )
    assert ch.id.startswith("ch_"), "id %r" % ch.id
    assert ch.status == "succeeded" and ch.paid is True, "status %r" % ch.status
    assert ch.amount == 1099 and ch.currency == "usd", "amount %r %r" % (ch.amount, ch.currency)
    card = ch.payment_method_details.card
    assert card.last4 == "4242" and card.brand == "visa", "card %r" % card
    got = stripe.Charge.retrieve(ch.id)
    assert got.id == ch.id, "retrieved %r" % got.id

    stripe.Customer.modify(c.id, source="tok_mastercard")
    ch2 = stripe.Charge.create(amount=500, currency="usd", customer=c.id, expand=["customer"])
    assert isinstance(ch2.customer, stripe.Customer), "customer not expanded: %r" % ch2.customer
    assert ch2.customer.id == c.id, "expanded %r" % ch2.customer.id
    ch3 = stripe.Charge.retrieve(ch2.id, expand=["customer"])
    assert ch3.customer.id == c.id, "GET expand %r" % ch3.customer
    listed = stripe.Charge.list(customer=c.id, limit=3, expand=["data.customer"])
    assert [x.id for x in listed.data] == [ch2.id], "list %r" % [x.id for x in listed.data]
    assert listed.data[0].customer.object == "customer", "data.customer not expanded"

    declined = expect_error(
        stripe.CardError,
        lambda: stripe.Charge.create(amount=500, currency="usd", source="tok_chargeDeclined"),
    )
    assert declined.http_status == 402 and declined.code == "card_declined", (
        "declined %r %r" % (declined.http_status, declined.code)
    )


def check_invoice_item():
    c = stripe.Customer.create(description="invoiced")
    ii = stripe.InvoiceItem.create(
        customer=c.id, amount=2500, currency="usd", description="one widget"
    )
    assert ii.object == "invoiceitem" and ii.id.startswith("ii_"), "item %r" % ii.id
    assert ii.customer == c.id and ii.amount == 2500, "item %r" % ii
    listed = stripe.InvoiceItem.list(customer=c.id)
    assert [x.id for x in listed.data] == [ii.id], "list %r" % listed


def check_order(version):
    # `stripe.Order` left the SDK with the orders API; users reach it with a raw request.
    assert not hasattr(stripe, "Order"), "stripe.Order is back; use it here"
    client = stripe.StripeClient(
        KEY, base_addresses={"api": stripe.api_base}, stripe_version=version
    )
    c = stripe.Customer.create(email="order-%s@example.com" % tag())
    resp = client.raw_request(
        "post",
        "/v1/orders",
        currency="usd",
        customer=c.id,
        email=c.email,
        items=[
            {"type": "sku", "parent": "sku_123", "quantity": 2, "amount": 1500},
            {"type": "shipping", "amount": 500, "description": "post"},
        ],
        metadata={"ref": "sdk"},
    )
    assert resp.code == 200, "status %r: %s" % (resp.code, resp.body)
    order = client.deserialize(resp, api_mode="V1")
    assert order.object == "order" and order.id.startswith("or_"), "order %r" % order
    assert order.amount == 2000, "amount %r" % order.amount
    assert len(order["items"]) == 2 and order["items"][0].quantity == 2, (
        "items %r" % order["items"]
    )
    got = client.deserialize(client.raw_request("get", "/v1/orders/%s" % order.id), api_mode="V1")
    assert got.id == order.id, "retrieved %r" % got.id
    listed = client.deserialize(
        client.raw_request("get", "/v1/orders", customer=c.id), api_mode="V1"
    )
    assert [o.id for o in listed.data] == [order.id], "list %r" % listed


def check_unknown_param():
    e = expect_error(
        stripe.InvalidRequestError, lambda: stripe.Customer.create(not_a_param="x")
    )
    assert e.http_status == 400, "status %r" % e.http_status
    assert e.param == "not_a_param", "param %r" % e.param
    assert e.code == "parameter_unknown", "code %r" % e.code
    assert e.request_id and e.request_id.startswith("req_"), "request id %r" % e.request_id


def check_missing_customer():
    e = expect_error(
        stripe.InvalidRequestError, lambda: stripe.Customer.retrieve("cus_doesnotexist")
    )
    assert e.http_status == 404, "status %r" % e.http_status
    assert e.code == "resource_missing", "code %r" % e.code
    assert "cus_doesnotexist" in e.user_message, "message %r" % e.user_message


def check_bad_key():
    e = expect_error(
        stripe.AuthenticationError,
        lambda: stripe.Customer.list(api_key="not_a_key"),
    )
    assert e.http_status == 401, "status %r" % e.http_status


def check_deleted_customer():
    c = stripe.Customer.create(description="to delete")
    d = stripe.Customer.delete(c.id)
    assert d.deleted is True and d.id == c.id, "delete answered %r" % d
    got = stripe.Customer.retrieve(c.id)
    assert got.id == c.id and got.to_dict().get("deleted") is True, "retrieve answered %r" % got
    e = expect_error(stripe.InvalidRequestError, lambda: stripe.Customer.delete(c.id))
    assert e.http_status == 404, "second delete %r" % e.http_status


def check_idempotent_replay():
    key = "sdk-%s" % uuid.uuid4()
    email = "idem-%s@example.com" % tag()
    first = stripe.Customer.create(email=email, idempotency_key=key)
    second = stripe.Customer.create(email=email, idempotency_key=key)
    assert first.id == second.id, "replay made a new customer: %r != %r" % (first.id, second.id)
    replayed = second.last_response.headers.get("Idempotent-Replayed")
    assert replayed == "true", "Idempotent-Replayed %r" % replayed
    assert len(stripe.Customer.list(email=email).data) == 1, "two customers for one key"
    e = expect_error(
        stripe.IdempotencyError,
        lambda: stripe.Customer.create(email="other-" + email, idempotency_key=key),
    )
    assert e.http_status == 400, "status %r" % e.http_status


def check_stripe_client(version):
    client = stripe.StripeClient(
        KEY, base_addresses={"api": stripe.api_base}, stripe_version=version
    )
    email = "client-%s@example.com" % tag()
    made = [
        client.v1.customers.create(params={"email": email, "name": "c%d" % i}).id
        for i in range(3)
    ]
    got = client.v1.customers.retrieve(made[0])
    assert got.email == email, "retrieve %r" % got
    seen = [
        c.id
        for c in client.v1.customers.list(params={"email": email, "limit": 2}).auto_paging_iter()
    ]
    assert seen == list(reversed(made)), "paging %r" % seen
    p = client.v1.products.create(
        params={"name": "Client widget", "type": "service", "metadata": {"a": "b"}}
    )
    assert p.type == "service" and p.metadata["a"] == "b", "product %r" % p


def check_retries():
    stripe.max_network_retries = 6
    email = "retry-%s@example.com" % tag()
    made, replays = [], 0
    for i in range(6):
        c = stripe.Customer.create(email=email, description="r%d" % i)
        made.append(c.id)
        replays += c.last_response.headers.get("Idempotent-Replayed") == "true"
    print("     (%d of 6 creates answered by an idempotent replay)" % replays, flush=True)
    assert len(set(made)) == 6, "ids %r" % made
    listed = [c.id for c in stripe.Customer.list(email=email, limit=100).auto_paging_iter()]
    assert listed == list(reversed(made)), (
        "retries duplicated or lost customers: made %r, listed %r" % (made, listed)
    )


def run_checks(label, checks):
    for name, fn in checks:
        line = "[%s] %s" % (label, name)
        try:
            fn()
        except AssertionError as e:
            print("FAIL %s: %s" % (line, e), flush=True)
            sys.exit(1)
        except Exception:
            print("FAIL %s: unexpected exception" % line, flush=True)
            traceback.print_exc()
            sys.exit(1)
        print("ok   %s" % line, flush=True)


def run_pass(label, version):
    stripe.api_version = version
    checks = [
        ("Stripe-Version echoed, Request-Id set", lambda: check_version_echo(version)),
        ("customer create/retrieve/update", check_customer_crud),
        ("customer metadata, address, shipping, expand default_source", check_customer_details),
        ("customer list + auto_paging_iter (limit=2)", check_customer_paging),
        ("product create/update (good, images, metadata)", check_product),
        ("charge with source=tok_visa, expand, decline", check_charge),
        ("invoice item create/list", check_invoice_item),
        ("order via raw_request", lambda: check_order(version)),
        ("unknown parameter -> InvalidRequestError(param)", check_unknown_param),
        ("missing customer -> 404 resource_missing", check_missing_customer),
        ("bad API key -> AuthenticationError", check_bad_key),
        ("deleted customer retrieve", check_deleted_customer),
        ("idempotent replay", check_idempotent_replay),
        ("StripeClient v1 services", lambda: check_stripe_client(version)),
    ]
    run_checks(label, checks)


def main():
    if len(sys.argv) not in (2, 3) or sys.argv[2:] not in ([], ["--retries"]):
        print("usage: python_sdk.py BASE_URL [--retries]", file=sys.stderr)
        sys.exit(2)
    stripe.api_key = KEY
    stripe.api_base = sys.argv[1].rstrip("/")
    print("stripe-python %s against %s" % (stripe.VERSION, stripe.api_base), flush=True)
    if sys.argv[2:] == ["--retries"]:
        run_checks(
            "retries",
            [("POSTs retried after 500s and drops create once", check_retries)],
        )
        print("all checks passed", flush=True)
        return
    run_pass("2019-10-08", "2019-10-08")
    run_pass("sdk default %s" % SDK_DEFAULT_VERSION, SDK_DEFAULT_VERSION)
    print("all checks passed", flush=True)


if __name__ == "__main__":
    main()
