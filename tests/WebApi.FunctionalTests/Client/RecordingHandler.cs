namespace Benchmarker.WebApi.FunctionalTests.Client;

/// <summary>Keeps the body of every request the client sends, to check what goes over the wire.</summary>
public sealed class RecordingHandler : DelegatingHandler
{
    private readonly List<string> _bodies = [];

    public IReadOnlyList<string> Bodies
    {
        get
        {
            lock (_bodies)
            {
                return [.. _bodies];
            }
        }
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null)
        {
            var body = await request.Content.ReadAsStringAsync(cancellationToken);
            lock (_bodies)
            {
                _bodies.Add(body);
            }
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
