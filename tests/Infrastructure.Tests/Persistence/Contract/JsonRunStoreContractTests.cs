using Benchmarker.Application.Abstractions;

namespace Benchmarker.Infrastructure.Tests.Persistence.Contract;

/// <summary>The run store contract against the JSON-file store, in a fresh temporary directory per test.</summary>
public sealed class JsonRunStoreContractTests : RunStoreContract
{
    private readonly TempStore temp = new();

    protected override IBenchmarkRunRepository CreateStore() => temp.Open();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        temp.Dispose();
    }
}
