using System.Net;
using System.Text.Json;

namespace Sandbox.Web.Tests.OAuth;

/// <summary>What the token endpoint answered.</summary>
public sealed record TokenResponse(HttpStatusCode Status, JsonElement Body)
{
    public string AccessToken => Body.GetProperty("access_token").GetString()!;

    public string? Error => Body.TryGetProperty("error", out var error) ? error.GetString() : null;

    public static async Task<TokenResponse> PostAsync(HttpClient client, IDictionary<string, string> form)
    {
        using var content = new FormUrlEncodedContent(form);
        using var response = await client.PostAsync(new Uri("/connect/token", UriKind.Relative), content);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return new TokenResponse(response.StatusCode, document.RootElement.Clone());
    }

    public static Task<TokenResponse> ClientCredentialsAsync(HttpClient client, string clientId, string secret, string scope) =>
        PostAsync(client, new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = clientId,
            ["client_secret"] = secret,
            ["scope"] = scope,
        });
}
