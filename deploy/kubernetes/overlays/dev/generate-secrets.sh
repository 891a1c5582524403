#!/usr/bin/env bash
# Makes the dev overlay's Secrets and its debtor IBAN: random values in ./generated (git-ignored), written once
# and kept afterwards (PostgreSQL's roles and the data encrypted with the payee key depend on them), read by
# kustomization.yaml. Run it before the first `kubectl apply -k deploy/kubernetes/overlays/dev`; `kubectl kustomize`
# fails without it, naming the missing file. Nothing here is committed: the overlay has no known password.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p generated
umask 077

random() { openssl rand -hex 16; }
write() { # file, content: only if the file does not exist yet
  [ -e "generated/$1" ] || printf '%s\n' "$2" > "generated/$1"
}

for role in application evaluation stipend certificate webhook; do
  write "postgres-$role.env" "username=$role
password=$(random)"
done

# Ed25519 signing key (base64 PKCS#8), AES-256 payee key, Standard Webhooks secret.
write app-secrets.env "certificate-signing-private-key=$(openssl genpkey -algorithm ed25519 -outform DER | base64 -w0)
stipend-payee-key=$(openssl rand -base64 32)
stipend-payout-callback-secret=whsec_$(openssl rand -base64 32)"

# A German IBAN with random account digits and correct check digits (ISO 13616, mod 97: D=13, E=14).
bban=$(od -An -N18 -tu1 /dev/urandom | tr -s ' ' '\n' | grep . | awk '{printf "%d", $1 % 10}')
digits="${bban}131400" rem=0
for ((i = 0; i < ${#digits}; i++)); do rem=$(( (rem * 10 + ${digits:i:1}) % 97 )); done
check=$(printf '%02d' $((98 - rem)))
write config.env "stipend.debtor-iban=DE${check}${bban}"
echo "dev overlay secrets in $(pwd)/generated"
