using System.Net;
using System.Net.Sockets;

namespace Sandbox.Web.Api;

/// <summary>
/// The key that limits the rate of reports from one sender: the remote address as the host sees it (behind a proxy,
/// configure forwarded headers with the proxy's address only), an IPv6 address by its /64, since one subscriber holds
/// the whole prefix. It is kept in memory and never stored.
/// </summary>
public static class ReporterAddress
{
    public static string Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
