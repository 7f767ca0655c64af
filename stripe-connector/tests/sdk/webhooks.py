"""Stripe's official Python SDK on webhooks, for tests/webhook_sdk.rs.

Reads a JSON object on stdin and prints one on stdout:
- "verify": a list of {payload, header, secret}; each is checked with
  stripe.Webhook.construct_event (the default tolerance of 300 s) and answered with
  {"ok": true, "id": ..., "type": ...} or {"ok": false, "error": "<exception>: <message>"}.
- "sign": a list of {payload, secret, timestamp}; each is answered with the header the SDK's
  own code computes: "t=<timestamp>,v1=<WebhookSignature._compute_signature(...)>".
"""

import json
import sys

import stripe


def verify(case):
    try:
        event = stripe.Webhook.construct_event(case["payload"], case["header"], case["secret"])
        return {"ok": True, "id": event["id"], "type": event["type"]}
    except Exception as error:  # every refusal is reported, whatever its class
        return {"ok": False, "error": f"{type(error).__name__}: {error}"}


def sign(case):
    signed = "%d.%s" % (case["timestamp"], case["payload"])
    signature = stripe.WebhookSignature._compute_signature(signed, case["secret"])
    return "t=%d,v1=%s" % (case["timestamp"], signature)


def main():
    request = json.load(sys.stdin)
    json.dump(
        {
            "verify": [verify(case) for case in request.get("verify", [])],
            "sign": [sign(case) for case in request.get("sign", [])],
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
