#!/usr/bin/env bash
# The walk of docs/API.md: one household from draft to scored with the demo accounts, by curl.
# Run it against `npm start` (ISEE_URL defaults to http://localhost:8080); the test suite runs it too.
set -euo pipefail
URL=${ISEE_URL:-http://localhost:8080}
JAR=$(mktemp -d)
trap 'rm -rf "$JAR"' EXIT
# A field of the JSON on standard input, e.g. `json csrfToken` or `json screening.status`.
json() { node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{let v=JSON.parse(s);for(const k of process.argv[1].split("."))v=v[k];console.log(typeof v==="object"?JSON.stringify(v):v)})' "$1"; }

# 1. Each demo account logs in: the session is an HTTP-only cookie, every write also sends the CSRF token.
login() {
  curl -sf -c "$JAR/$1" -H 'content-type: application/json' \
    -d "{\"username\":\"demo.$1\",\"password\":\"isee-demo-2569\"}" "$URL/api/auth/login" | json csrfToken
}
TEACHER=$(login teacher)
CERTIFIER=$(login certifier)
DIRECTOR=$(login director)
PROGRAMME=$(login programme)

# 2. The teacher's cycle, and a pupil of their classes with no screening yet (delta sync, no cursor).
CYCLE=$(curl -sf -b "$JAR/teacher" "$URL/api/cycles/current" | json id)
STUDENT=$(curl -sf -b "$JAR/teacher" "$URL/api/sync/changes?cycleId=$CYCLE" |
  node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log(JSON.parse(s).students.find(p=>!p.screening).studentId))')
echo "cycle $CYCLE, student $STUDENT"

# 3. The phone names the screening with its own UUID and saves a draft (here: a sample form).
ID=$(node -e 'console.log(crypto.randomUUID())')
FORM=$(node --input-type=module -e "import { sampleHouseholds } from '@isee/domain'; console.log(JSON.stringify(sampleHouseholds('2026-03')[0].form))")
SAVED=$(curl -sf -b "$JAR/teacher" -X PUT -H 'content-type: application/json' -H "x-csrf-token: $TEACHER" \
  -d "{\"cycleId\":$CYCLE,\"studentId\":$STUDENT,\"baseVersion\":null,\"form\":$FORM}" \
  "$URL/api/screenings/$ID")
VERSION=$(echo "$SAVED" | json screening.version)
echo "draft saved, version $VERSION"

# 4. Submitted from the home, with the phone's GPS fix; the server recomputes income and validates.
curl -sf -b "$JAR/teacher" -X PUT -H 'content-type: application/json' -H "x-csrf-token: $TEACHER" \
  -d "{\"cycleId\":$CYCLE,\"studentId\":$STUDENT,\"baseVersion\":\"$VERSION\",\"form\":$FORM,\"submit\":true,\"fix\":{\"lat\":15.2287,\"lon\":104.8564,\"accuracyM\":12}}" \
  "$URL/api/screenings/$ID" | json screening.status

# 5. The certifier signs with the PIN, the director confirms.
curl -sf -b "$JAR/certifier" -H 'content-type: application/json' -H "x-csrf-token: $CERTIFIER" \
  -d '{"pin":"246810","fix":{"lat":15.2288,"lon":104.8563,"accuracyM":9}}' \
  "$URL/api/screenings/$ID/certification" | json status
curl -sf -b "$JAR/director" -H 'content-type: application/json' -H "x-csrf-token: $DIRECTOR" \
  -d '{}' "$URL/api/screenings/$ID/confirmation" | json status

# 6. The programme officer scores the cycle's confirmed screenings with the cycle's PMT model.
curl -sf -b "$JAR/programme" -X POST -H "x-csrf-token: $PROGRAMME" \
  "$URL/api/cycles/$CYCLE/scoring" | json scored

# 7. The teacher reads the result: status, score, class and every step with who, when and where.
curl -sf -b "$JAR/teacher" "$URL/api/screenings/$ID" | json score
curl -sf -b "$JAR/teacher" "$URL/api/screenings/$ID" | json status
