namespace Sandbox.Web.Hosting;

/// <summary>The reverse proxies in front of the app, whose forwarded headers are believed.</summary>
public sealed class ReverseProxyOptions
{
    public const string Section = "ReverseProxy";

    /// <summary>IP addresses of the proxies (never a whole network): only a request from one of them is taken as forwarded.</summary>
    public List<string> KnownProxies { get; } = [];
}
