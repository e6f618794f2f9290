using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Sandbox.Web.Hosting;

/// <summary>
/// Behind a reverse proxy the socket's address is the proxy's, so every whistle-blower would share one rate limit
/// and no request would look like HTTPS. <c>ReverseProxy:KnownProxies</c> lists the proxies' addresses; only a request
/// arriving from one of them has its <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> believed, and only the last hop
/// (the one that proxy added), so a client cannot choose its own address by sending the header itself.
/// With no proxies listed the headers are ignored.
/// </summary>
public static class ReverseProxy
{
    public static IHostApplicationBuilder AddReverseProxySupport(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReverseProxyOptions>().BindConfiguration(ReverseProxyOptions.Section)
            .Validate(o => o.KnownProxies.All(p => IPAddress.TryParse(p, out _)),
                $"{ReverseProxyOptions.Section}:KnownProxies must list IP addresses only (for example 10.0.0.5).")
            .ValidateOnStart();
        builder.Services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((options, proxy) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
            foreach (var address in proxy.Value.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(address));
            }
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
}
