using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Sandbox.Web.Hosting;

/// <summary>
/// Behind a reverse proxy the socket's address is the proxy's, so every whistle-blower would share one rate limit
/// and no request would look like HTTPS. <c>ReverseProxy:KnownProxies</c> lists the proxies' addresses; only a request
/// arriving from one of them has its <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> believed, and only the last hop
/// (the one that proxy added), so a client cannot choose its own address by sending the header itself.
/// With no proxies listed the headers are ignored, even when <c>ASPNETCORE_FORWARDEDHEADERS_ENABLED</c> asks ASP.NET
/// Core to add the middleware itself (it would otherwise believe anyone).
/// </summary>
public static class ReverseProxy
{
    public static IHostApplicationBuilder AddReverseProxySupport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReverseProxyOptions>().BindConfiguration(ReverseProxyOptions.Section)
            .Validate(o => o.KnownProxies.All(p => TryProxy(p, out _)),
                $"{ReverseProxyOptions.Section}:KnownProxies must list IP addresses only: IPv4 as four dotted numbers (10.0.0.5) or IPv6, never 0.0.0.0 or ::.")
            .ValidateOnStart();
        // After every other configuration, the platform's forwarded-headers switch included.
        builder.Services.AddOptions<ForwardedHeadersOptions>().PostConfigure<IOptions<ReverseProxyOptions>>((options, proxy) =>
        {
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var text in proxy.Value.KnownProxies)
            {
                options.KnownProxies.Add(TryProxy(text, out var address) ? address! : throw new OptionsValidationException(ReverseProxyOptions.Section, typeof(ReverseProxyOptions), [$"'{text}' is not an IP address."]));
            }

            options.ForwardedHeaders = options.KnownProxies.Count > 0 ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
            options.ForwardLimit = 1;
        });
        return builder;
    }

    /// <summary>First in the pipeline, so everything after it sees the client's address and scheme.</summary>
    /// <exception cref="OptionsValidationException">A listed proxy is not an IP address: start-up stops saying so.</exception>
    public static WebApplication UseReverseProxySupport(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<ReverseProxyOptions>>().Value.KnownProxies.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    /// <summary>
    /// A proxy's address as the socket reports it: IPv4-mapped IPv6 as IPv4 (the middleware compares both forms of a
    /// sender with it); shorthand IPv4 such as <c>10.1</c> and the unspecified addresses are refused as typos.
    /// </summary>
    private static bool TryProxy(string? text, out IPAddress? address)
    {
        text = text?.Trim();
        if (!IPAddress.TryParse(text, out address) || address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return false;
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        else if (address.AddressFamily == AddressFamily.InterNetwork && address.ToString() != text)
        {
            return false;
        }

        return true;
    }
}
