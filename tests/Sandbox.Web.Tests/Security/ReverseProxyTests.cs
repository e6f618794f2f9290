using System.Net;
using System.Net.Http.Json;
using Sandbox.Web.Tests.OAuth;

namespace Sandbox.Web.Tests.Security;

/// <summary>
/// The whistle-blower's rate limit keys on the client's address: behind a listed proxy that is the address the proxy
/// forwards; otherwise a forwarded header is the client's own claim and is ignored. Over Kestrel, from loopback.
/// </summary>
public abstract class ReverseProxyTests(IReadOnlyDictionary<string, string> proxySettings) : KestrelAppTests(onCosmos: false)
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } =
        new Dictionary<string, string>(proxySettings) { ["Misuse:AnonymousReportsPerHour"] = "2" };

    /// <summary>The limit counts per clock hour of the real clock: start where three reports cannot straddle two hours.</summary>
    protected override async Task ArrangeAsync()
    {
        var now = DateTimeOffset.UtcNow;
        if (now.Minute == 59 && now.Second >= 30)
        {
            await Task.Delay(TimeSpan.FromSeconds(61 - now.Second));
        }
    }

    protected async Task<HttpStatusCode> ReportFromAsync(string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/whistleblower/reports", UriKind.Relative))
        {
            Content = JsonContent.Create(new { allegation = "MisuseOfTechnology", description = "Counts from the pilot are matched against a watch list at the central station." }),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        request.Headers.Add("X-Forwarded-Proto", "https");
        using var response = await Http.SendAsync(request);
        return response.StatusCode;
    }
}

public sealed class ListedProxyTests() : ReverseProxyTests(new Dictionary<string, string>
{
    ["ReverseProxy:KnownProxies:0"] = "127.0.0.1",
    ["ReverseProxy:KnownProxies:1"] = "::1",
})
{
    [Fact]
    public async Task Behind_a_listed_proxy_each_forwarded_client_has_its_own_limit_and_a_spoofed_first_hop_changes_nothing()
    {
        var first = await ReportFromAsync("203.0.113.7");
        var second = await ReportFromAsync("198.51.100.1, 203.0.113.7");
        var limited = await ReportFromAsync("192.0.2.44, 203.0.113.7");
        var another = await ReportFromAsync("198.51.100.9");

        // Only the hop the proxy added counts: what the client wrote before it is its own claim.
        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first, second));
        Assert.Equal(HttpStatusCode.TooManyRequests, limited);
        Assert.Equal(HttpStatusCode.Created, another);
    }
}

/// <summary>Three reports "from" three addresses share the socket's limit: the third is refused.</summary>
public abstract class IgnoredForwardedHeaderTests(IReadOnlyDictionary<string, string> proxySettings) : ReverseProxyTests(proxySettings)
{
    [Fact]
    public async Task A_forwarded_header_from_a_sender_that_is_not_a_listed_proxy_is_ignored()
    {
        var first = await ReportFromAsync("203.0.113.7");
        var second = await ReportFromAsync("198.51.100.9");
        var third = await ReportFromAsync("192.0.2.44");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first, second));
        Assert.Equal(HttpStatusCode.TooManyRequests, third);
    }
}

public sealed class NoProxyListedTests() : IgnoredForwardedHeaderTests(new Dictionary<string, string>());

/// <summary>The platform switch that makes ASP.NET Core add the middleware itself, which with no list would believe anyone.</summary>
public sealed class PlatformForwardedHeadersSwitchTests() : IgnoredForwardedHeaderTests(new Dictionary<string, string> { ["FORWARDEDHEADERS_ENABLED"] = "true" });

public sealed class AnotherProxyListedTests() : IgnoredForwardedHeaderTests(new Dictionary<string, string> { ["ReverseProxy:KnownProxies:0"] = "10.0.0.5" });
