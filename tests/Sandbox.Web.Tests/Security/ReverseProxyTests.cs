using System.Net;
using System.Net.Http.Json;
using Sandbox.Web.Tests.OAuth;

namespace Sandbox.Web.Tests.Security;

/// <summary>
/// The whistle-blower's rate limit keys on the client's address: behind a listed proxy that is the address the proxy
/// forwards; otherwise a forwarded header is the client's own claim and is ignored. Over Kestrel, from loopback.
/// </summary>
public abstract class ReverseProxyTests(bool proxyListed) : KestrelAppTests(onCosmos: false)
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = proxyListed
        ? new Dictionary<string, string>
        {
            ["Misuse:AnonymousReportsPerHour"] = "2",
            ["ReverseProxy:KnownProxies:0"] = "127.0.0.1",
            ["ReverseProxy:KnownProxies:1"] = "::1",
        }
        : new Dictionary<string, string> { ["Misuse:AnonymousReportsPerHour"] = "2" };

    protected async Task<HttpStatusCode> ReportFromAsync(string forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/whistleblower/reports", UriKind.Relative))
        {
            Content = JsonContent.Create(new { allegation = "MisuseOfTechnology", description = "Counts from the pilot are matched against a watch list at the central station." }),
        };
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        using var response = await Http.SendAsync(request);
        return response.StatusCode;
    }
}

public sealed class ListedProxyTests() : ReverseProxyTests(proxyListed: true)
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

public sealed class UnlistedProxyTests() : ReverseProxyTests(proxyListed: false)
{
    [Fact]
    public async Task Without_a_listed_proxy_a_forwarded_header_is_ignored_and_the_socket_address_is_limited()
    {
        var first = await ReportFromAsync("203.0.113.7");
        var second = await ReportFromAsync("198.51.100.9");
        var third = await ReportFromAsync("192.0.2.44");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.Created), (first, second));
        Assert.Equal(HttpStatusCode.TooManyRequests, third);
    }
}
