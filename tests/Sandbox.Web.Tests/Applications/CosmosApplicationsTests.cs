using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Sandbox.Domain.Access;
using Sandbox.Identity.Users;
using Sandbox.Storage.Documents;
using Sandbox.Testing.Applications;
using Sandbox.Testing.Cosmos;
using Sandbox.Web.Tests.Account;

namespace Sandbox.Web.Tests.Applications;

/// <summary>The application journey over HTTP with the app switched to Cosmos DB.</summary>
public sealed class CosmosApplicationsTests : IAsyncLifetime
{
    private CosmosTestServer _server = null!;
    private SandboxAppFactory _factory = null!;

    [Fact]
    public async Task On_cosmos_an_applicant_submits_and_a_regulator_finds_the_assessed_case_in_the_queue()
    {
        using var applicant = new BrowserSession(_factory);
        Assert.Equal("/", (await applicant.RegisterAsync(AccountApp.NewEmail())).RedirectPath);
        var content = SampleApplications.CrowdCounting(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(14));
        using var created = await applicant.SendAsync(Json(HttpMethod.Post, "/api/applications", content));
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var submit = Json(HttpMethod.Post, $"/api/applications/{id}/submission", null);
        submit.Headers.TryAddWithoutValidation("If-Match", created.Headers.ETag!.Tag);
        using var submitted = await applicant.SendAsync(submit);
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);

        using var regulator = await RegulatorAsync();
        using var queue = await regulator.SendAsync(Json(HttpMethod.Get, "/api/applications?pageSize=10", null));
        using var read = await regulator.SendAsync(Json(HttpMethod.Get, $"/api/applications/{id}", null));

        var row = Assert.Single((await queue.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray());
        Assert.Equal(id, row.GetProperty("id").GetString());
        Assert.InRange(row.GetProperty("tier").GetInt32(), 1, 4);
        var assessment = (await read.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("case").GetProperty("assessment");
        Assert.All(assessment.GetProperty("factors").EnumerateArray(), f => Assert.False(string.IsNullOrWhiteSpace(f.GetProperty("explanation").GetString())));
    }

    public async Task InitializeAsync()
    {
        _server = await CosmosTestServer.StartAsync();
        _factory = new SandboxAppFactory(_server);
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _server.DisposeAsync();
    }

    private async Task<BrowserSession> RegulatorAsync()
    {
        var email = AccountApp.NewEmail();
        using (var setup = new BrowserSession(_factory))
        {
            await setup.RegisterAsync(email);
            var (key, _) = await setup.EnableAuthenticatorAsync();
            await using (var scope = _factory.Services.CreateAsyncScope())
            {
                var users = scope.ServiceProvider.GetRequiredService<UserManager<SandboxUser>>();
                var user = await users.FindByEmailAsync(email);
                Assert.True((await users.AddToRoleAsync(user!, SandboxRoles.Regulator)).Succeeded);
            }

            var session = new BrowserSession(_factory);
            await session.SignInWithCodeAsync(email, key);
            return session;
        }
    }

    private static HttpRequestMessage Json(HttpMethod method, string path, object? body) =>
        new(method, new Uri(path, UriKind.Relative)) { Content = body is null ? null : JsonContent.Create(body, options: StorageJson.Options) };
}
