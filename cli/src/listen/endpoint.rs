//! The webhook endpoint of `listen --into DB`: created once, remembered in a file beside the
//! database (`DB.<Trigger>-endpoint.json`: its id, URL and signing secret, readable by its owner
//! only, since Stripe shows a secret only at creation), found again by URL in the account's
//! list of endpoints and reused on the next start, and deleted by `--remove-endpoint`.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use stripe_connector::metadata::Trigger;
use stripe_connector::webhook::SigningSecret;
use stripe_connector::{Connection, Error, ErrorCode, endpoints, types};

use crate::fail::Failure;

/// What is remembered of an endpoint. No `Debug`: it holds the secret.
#[derive(Serialize, Deserialize)]
struct Remembered {
    id: String,
    url: String,
    secret: String,
}

/// The file that remembers the endpoint of trigger `T` for the database `db`.
pub fn file<T: Trigger>(db: &Path) -> PathBuf {
    let mut name = db.file_name().unwrap_or_default().to_os_string();
    name.push(format!(".{}-endpoint.json", T::INFO.name));
    db.with_file_name(name)
}

/// The signing secret of the endpoint at `url` for trigger `T`: the remembered one when Stripe
/// still has it enabled at that URL, else a new one, remembered for the next start. A
/// remembered endpoint at another URL, or disabled, is deleted first; an endpoint at `url` whose secret is not
/// remembered is an error that says how to go on.
pub async fn reuse_or_create<T: Trigger>(
    stripe: &Connection,
    url: &str,
    db: &Path,
    removal: &str,
) -> Result<SigningSecret, Failure> {
    let path = file::<T>(db);
    let remembered = read(&path)?;
    let listed = list(stripe).await?;
    if let Some(old) = &remembered {
        let listed_old = listed.iter().find(|e| e.id == old.id);
        let exists = listed_old.is_some();
        let enabled = listed_old.is_some_and(|e| e.status == "enabled");
        if enabled && old.url == url {
            eprintln!(
                "reusing webhook endpoint {} at {url} (remembered in {})",
                old.id,
                path.display()
            );
            return SigningSecret::new(old.secret.as_str())
                .map_err(|e| Failure::Local(format!("{}: {e}", path.display())));
        }
        if exists {
            delete(stripe, &old.id).await?;
            let why = if enabled {
                "the URL changed"
            } else {
                "Stripe disabled it"
            };
            eprintln!("deleted webhook endpoint {} at {}: {why}", old.id, old.url);
        }
    }
    if let Some(other) = listed.iter().find(|e| e.url == url) {
        return Err(Failure::Input(format!(
            "webhook endpoint {} already receives at {url}, but its signing secret is not \
             remembered in {}; pass --secret-file with its secret, or delete it with `{removal} \
             --public-url {url}` and start again",
            other.id,
            path.display()
        )));
    }
    let created = endpoints::create_endpoint::<T>(stripe, url).await?;
    let record = Remembered {
        id: created.id.clone(),
        url: url.to_string(),
        secret: created.secret.expose().to_string(),
    };
    write(&path, &record).map_err(|e| Failure::Local(format!("{}: {e}", path.display())))?;
    eprintln!(
        "created webhook endpoint {} at {url}; it stays for the next run (remembered in {}); \
         remove it with `{removal}`",
        created.id,
        path.display()
    );
    Ok(created.secret)
}

/// Deletes the endpoint remembered for `db` and trigger `T`, and with `url` every endpoint of
/// the account at that URL; forgets the remembered one. Says on stderr what it deleted.
pub async fn remove<T: Trigger>(
    stripe: &Connection,
    db: &Path,
    url: Option<&str>,
) -> Result<(), Failure> {
    let path = file::<T>(db);
    let remembered = read(&path)?;
    let listed = list(stripe).await?;
    let doomed: Vec<&types::WebhookEndpoint> = listed
        .iter()
        .filter(|e| {
            remembered.as_ref().is_some_and(|r| r.id == e.id) || Some(e.url.as_str()) == url
        })
        .collect();
    for endpoint in &doomed {
        delete(stripe, &endpoint.id).await?;
        eprintln!(
            "deleted webhook endpoint {} at {}",
            endpoint.id, endpoint.url
        );
    }
    if remembered.is_some() {
        fs::remove_file(&path)
            .map_err(|e| Failure::Local(format!("cannot remove {}: {e}", path.display())))?;
    }
    if doomed.is_empty() {
        eprintln!("no webhook endpoint to delete for {}", db.display());
    }
    Ok(())
}

/// Every webhook endpoint of the account.
async fn list(stripe: &Connection) -> Result<Vec<types::WebhookEndpoint>, Failure> {
    Ok(endpoints::list_endpoints(stripe).await?)
}

/// Deletes endpoint `id`; one already gone is no error.
async fn delete(stripe: &Connection, id: &str) -> Result<(), Failure> {
    match endpoints::delete_endpoint(stripe, id).await {
        Err(Error::Stripe(e)) if e.error_code() == Some(ErrorCode::ResourceMissing) => Ok(()),
        done => done.map_err(Failure::from),
    }
}

/// The remembered endpoint, if the file exists.
fn read(path: &Path) -> Result<Option<Remembered>, Failure> {
    let text = match fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(Failure::Local(format!(
                "cannot read {}: {e}",
                path.display()
            )));
        }
    };
    serde_json::from_str(&text).map(Some).map_err(|e| {
        Failure::Local(format!(
            "{}: not a remembered endpoint: {e}",
            path.display()
        ))
    })
}

/// Writes `record` to `path` atomically (a temporary file beside it, flushed, renamed over it,
/// the folder flushed), readable and writable by its owner only.
fn write(path: &Path, record: &Remembered) -> io::Result<()> {
    let mut temporary = path.as_os_str().to_os_string();
    temporary.push(format!(".{}.tmp", std::process::id()));
    let temporary = PathBuf::from(temporary);
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(&temporary)?;
    file.write_all(&serde_json::to_vec(record)?)?;
    file.sync_all()?;
    fs::rename(&temporary, path)?;
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
    File::open(folder.unwrap_or(Path::new(".")))?.sync_all()
}
