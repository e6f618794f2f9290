// Drives openid-client (a certified OpenID Connect relying party we did not write) against the
// Sandbox server, and prints one JSON object per step on stdout for the .NET test to check.
//   node client.mjs credentials <issuer> <clientId> <clientSecret> <scope>
//   node client.mjs code <issuer> <clientId> <redirectUri> <scope>   (then reads the callback URL on stdin)
import * as client from 'openid-client';
import { createInterface } from 'node:readline';

const [mode, issuer, clientId, third, scope] = process.argv.slice(2);
const report = (step, data) => process.stdout.write(JSON.stringify({ step, ...data }) + '\n');
// The tests serve the issuer over plain HTTP on loopback only.
const insecure = new URL(issuer).hostname === '127.0.0.1' || new URL(issuer).hostname === 'localhost'
  ? { execute: [client.allowInsecureRequests] } : undefined;

async function callApi(config, accessToken) {
  try {
    const response = await client.fetchProtectedResource(config, accessToken, new URL('/api/me', issuer), 'GET');
    const body = response.status === 200 ? await response.json() : null;
    return { status: response.status, subject: body?.subject ?? null, scopes: body?.scopes ?? [], challenge: null };
  } catch (error) {
    // openid-client turns a bearer challenge (RFC 6750) into an error; that refusal is the answer.
    if (error?.code !== 'OAUTH_WWW_AUTHENTICATE_CHALLENGE') throw error;
    return { status: error.status ?? error.response?.status ?? null, subject: null, scopes: [], challenge: error.cause?.[0]?.parameters?.error ?? null };
  }
}

async function credentials(secret) {
  const config = await client.discovery(new URL(issuer), clientId, undefined, client.ClientSecretPost(secret), insecure);
  report('discovered', { issuer: config.serverMetadata().issuer, tokenEndpoint: config.serverMetadata().token_endpoint });
  const tokens = await client.clientCredentialsGrant(config, { scope });
  report('token', { tokenType: tokens.token_type, expiresIn: tokens.expires_in ?? null });
  report('api', await callApi(config, tokens.access_token));
  await client.tokenRevocation(config, tokens.access_token);
  report('revoked', {});
  report('api-after-revocation', await callApi(config, tokens.access_token));
}

async function code(redirectUri) {
  const config = await client.discovery(new URL(issuer), clientId, undefined, client.None(), insecure);
  const verifier = client.randomPKCECodeVerifier();
  const state = client.randomState();
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope,
    state,
    code_challenge: await client.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
  });
  report('authorize', { url: url.href });
  const lines = createInterface({ input: process.stdin });
  const callback = await new Promise((resolve) => lines.once('line', resolve));
  lines.close();
  const tokens = await client.authorizationCodeGrant(config, new URL(callback), { pkceCodeVerifier: verifier, expectedState: state });
  const claims = tokens.claims();
  report('token', { subject: claims?.sub ?? null, hasRefreshToken: Boolean(tokens.refresh_token) });
  report('api', await callApi(config, tokens.access_token));
  const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
  report('userinfo', { subject: info.sub, preferredUsername: info.preferred_username ?? null });
}

try {
  if (mode === 'credentials') await credentials(third);
  else if (mode === 'code') await code(third);
  else throw new Error(`unknown mode '${mode}'`);
} catch (error) {
  report('error', { message: String(error?.message ?? error), code: error?.code ?? null, oauthError: error?.error ?? null });
  process.exitCode = 1;
}
