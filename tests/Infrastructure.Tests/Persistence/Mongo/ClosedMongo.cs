using System.Net;
using System.Net.Sockets;

namespace Benchmarker.Infrastructure.Tests.Persistence.Mongo;

/// <summary>
/// A MongoDB connection string to a 127.0.0.1 port the OS assigned and the test released again, so
/// every connection attempt is refused at once. It carries a password that no message may show.
/// </summary>
internal static class ClosedMongo
{
    public const string Password = "s3cret-Pa55word";

    public static string ConnectionString()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        return $"mongodb://bench:{Password}@127.0.0.1:{port}/?authSource=admin";
    }
}
