using System.Net;
using System.Net.Http.Headers;
using Sandbox.Identity.OAuth;

namespace Sandbox.Web.Tests.OAuth;

/// <summary>On the embedded default, keys are persisted: a token issued before a restart still works after it.</summary>
public sealed class KeyPersistenceTests
{
    [Fact]
    public async Task Sqlite_tokens_issued_before_a_restart_are_honoured_after_it_with_development_keys()
    {
        Assert.Equal(HttpStatusCode.OK, await CallAfterRestartAsync(keySource: "Development"));
    }

    [Fact]
    public async Task Sqlite_ephemeral_keys_die_with_the_process()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAfterRestartAsync(keySource: "Ephemeral"));
    }

    /// <summary>Issues a token, restarts the app on the same data folder, and calls the API with the old token.</summary>
    private static async Task<HttpStatusCode> CallAfterRestartAsync(string keySource)
    {
        var folder = SandboxAppFactory.NewDataDirectory();
        try
        {
            string token;
            await using (var before = new SandboxAppFactory(dataDirectory: folder, keySource: keySource))
            {
                var clientId = await OAuthTestClients.RegisterMachineClientAsync(before.Services, OAuthScopes.Api);
                token = (await TokenResponse.ClientCredentialsAsync(before.CreateClient(), clientId, OAuthTestClients.Secret, OAuthScopes.Api)).AccessToken;
            }

            await using var after = new SandboxAppFactory(dataDirectory: folder, keySource: keySource);
            using var client = after.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return (await client.GetAsync(new Uri("/api/me", UriKind.Relative))).StatusCode;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
