using Benchmarker.Application.Abstractions;
using Benchmarker.Infrastructure.Nova;
using Microsoft.Extensions.Logging.Abstractions;

namespace Benchmarker.Infrastructure.Tests.Nova;

/// <summary>The Nova session store contract against the JSON-file store, in a fresh temporary directory per test.</summary>
public sealed class JsonNovaSessionStoreContractTests : NovaSessionStoreContract
{
    private readonly TemporaryDirectory root = new();

    protected override INovaSessionRepository CreateStore() =>
        new JsonNovaSessionRepository(Path.Combine(root.Path, "nova-sessions"), NullLogger<JsonNovaSessionRepository>.Instance);

    public override Task DisposeAsync()
    {
        root.Dispose();
        return Task.CompletedTask;
    }
}
