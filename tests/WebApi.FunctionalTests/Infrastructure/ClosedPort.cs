using System.Net;
using System.Net.Sockets;

namespace Benchmarker.WebApi.FunctionalTests.Infrastructure;

/// <summary>A 127.0.0.1 URL with no listener: a port the OS assigned and the test released again.</summary>
public static class ClosedPort
{
    public static string Url()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        return $"http://127.0.0.1:{port}";
    }
}
