using Sandbox.Testing.Web;

namespace Sandbox.Web.Tests;

/// <summary>A misconfigured or unreachable store stops the real process with one clear line, not a stack trace.</summary>
public sealed class StartupFailureTests
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Cosmos_unreachable_endpoint_stops_start_up_with_a_message_naming_it()
    {
        var output = await RunUntilExitAsync(new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Cosmos",
            ["Storage__StartupTimeoutSeconds"] = "3",
            ["Storage__Cosmos__Endpoint"] = "https://127.0.0.1:9/",
            ["Storage__Cosmos__Key"] = Sandbox.Testing.Cosmos.CosmosTestServer.EmulatorKey,
        });

        Assert.Contains("Sandbox cannot start: ", output, StringComparison.Ordinal);
        Assert.Contains("127.0.0.1:9", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cosmos_without_credentials_stops_start_up_saying_what_to_set()
    {
        var output = await RunUntilExitAsync(new Dictionary<string, string> { ["Storage__Provider"] = "Cosmos" });

        Assert.Contains("Sandbox cannot start: ", output, StringComparison.Ordinal);
        Assert.Contains("Set either Storage:Cosmos:ConnectionString, or both Storage:Cosmos:Endpoint and Storage:Cosmos:Key.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_provider_stops_start_up_listing_the_valid_ones()
    {
        var output = await RunUntilExitAsync(new Dictionary<string, string> { ["Storage__Provider"] = "Mongo" });

        Assert.Contains("Storage:Provider must be 'Sqlite' (the embedded default) or 'Cosmos'.", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("proxy.example.org")]
    [InlineData("10.1")]
    [InlineData("0.0.0.0")]
    public async Task A_proxy_that_is_not_one_ip_address_stops_start_up_saying_what_to_list(string proxy)
    {
        var output = await RunUntilExitAsync(new Dictionary<string, string> { ["ReverseProxy__KnownProxies__0"] = proxy });

        Assert.Contains("Sandbox cannot start: ", output, StringComparison.Ordinal);
        Assert.Contains("ReverseProxy:KnownProxies must list IP addresses only", output, StringComparison.Ordinal);
    }

    private static async Task<string> RunUntilExitAsync(Dictionary<string, string> environment)
    {
        environment["Storage__Sqlite__DataDirectory"] = Path.Combine(Path.GetTempPath(), "sandbox-startup-tests", Guid.NewGuid().ToString("N"));
        await using var app = WebAppProcess.Start(environment);

        var exitCode = await app.WaitForExitAsync(ExitTimeout);

        Assert.Equal(Hosting.StartupFailure.ExitCode, exitCode);
        Assert.DoesNotContain("   at ", app.Output, StringComparison.Ordinal);
        Assert.Null(app.BaseAddress);
        return app.Output;
    }
}
