using System.Net;
using System.Net.Sockets;

namespace Lottery.Host.Tests.Metrics;

internal static class FreePort
{
    /// <summary>A loopback port nothing listens on right now (the OS picks it; a race with another process is possible but unlikely).</summary>
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
