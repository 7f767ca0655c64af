//! Test helpers: a started fake and a small client that speaks Stripe's form encoding.

#![allow(dead_code)]

use fake_stripe::FakeStripe;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde_json::Value;

/// A test API key.
pub const KEY: &str = "sk_test_123abc";

/// One response: status, JSON body and headers.
pub struct Resp {
    pub status: StatusCode,
    pub body: Value,
    pub headers: HeaderMap,
}

impl Resp {
    /// The `error` object's field, as a string.
    pub fn err(&self, field: &str) -> &str {
        self.body["error"][field].as_str().unwrap_or("")
    }

    /// The ids of a list body's `data`.
    pub fn ids(&self) -> Vec<String> {
        self.body["data"]
            .as_array()
            .expect("list data")
            .iter()
            .map(|o| o["id"].as_str().unwrap().to_owned())
            .collect()
    }
}

/// A plain-HTTP reqwest client.
///
/// In a workspace build reqwest is compiled with stripe-connector's `rustls-no-provider`, so a
/// client can only be built once a rustls crypto provider is installed, even for plain HTTP.
pub fn http_client() -> reqwest::Client {
    // An error means a provider is already installed, which serves as well.
    let _ = rustls::crypto::ring::default_provider().install_default();
    reqwest::Client::new()
}

/// A started fake plus a client.
pub struct Api {
    pub fake: FakeStripe,
    pub client: reqwest::Client,
}

impl Api {
    /// Starts a fake.
    pub async fn start() -> Api {
        Api {
            fake: fake_stripe::start().await.expect("start fake"),
            client: http_client(),
        }
    }

    /// The full URL of `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.fake.base_url(), path)
    }

    /// Sends a request builder and reads the JSON answer.
    pub async fn send(&self, rb: reqwest::RequestBuilder) -> Resp {
        let resp = rb.send().await.expect("response");
        let status = resp.status();
        let headers = resp.headers().clone();
        let body = resp.json().await.expect("json body");
        Resp {
            status,
            body,
            headers,
        }
    }

    /// POST a form with the test key.
    pub async fn post(&self, path: &str, form: &[(&str, &str)]) -> Resp {
        self.send(self.client.post(self.url(path)).bearer_auth(KEY).form(form))
            .await
    }

    /// GET with a query and the test key.
    pub async fn get(&self, path: &str, query: &[(&str, &str)]) -> Resp {
        self.send(
            self.client
                .get(self.url(path))
                .bearer_auth(KEY)
                .query(query),
        )
        .await
    }

    /// DELETE with the test key.
    pub async fn delete(&self, path: &str) -> Resp {
        self.send(self.client.delete(self.url(path)).bearer_auth(KEY))
            .await
    }

    /// Creates a customer and returns its id.
    pub async fn customer(&self, form: &[(&str, &str)]) -> String {
        let r = self.post("/v1/customers", form).await;
        assert_eq!(r.status, 200, "{}", r.body);
        r.body["id"].as_str().unwrap().to_owned()
    }
}
