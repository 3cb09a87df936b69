using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Nova;
using Benchmarker.Infrastructure.Nova;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Benchmarker.Infrastructure.Tests.Nova;

public sealed class NovaSessionStoreRegistrationTests
{
    [Fact]
    public void AddNovaSessionStore_Default_UsesJsonStore()
    {
        using var provider = Build(new() { ["Nova:MemoryCharacterBudget"] = "1234" });

        Assert.IsType<JsonNovaSessionRepository>(provider.GetRequiredService<INovaSessionRepository>());
        Assert.Equal(1234, provider.GetRequiredService<IOptions<NovaOptions>>().Value.MemoryCharacterBudget);
    }

    [Fact]
    public void AddNovaSessionStore_Mongo_RegistersMongoStore()
    {
        using var provider = Build(new() { ["Storage:Provider"] = "Mongo", ["ConnectionStrings:Mongo"] = "mongodb://127.0.0.1:1" });

        Assert.IsType<MongoNovaSessionRepository>(provider.GetRequiredService<INovaSessionRepository>());
    }

    [Fact]
    public void AddNovaSessionStore_MongoNoConnection_NamesKey()
    {
        using var provider = Build(new() { ["Storage:Provider"] = "Mongo" });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<INovaSessionRepository>());

        Assert.Contains("ConnectionStrings:Mongo", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddNovaSessionStore_UnknownProvider_NamesKey()
    {
        using var provider = Build(new() { ["Storage:Provider"] = "Sqlite" });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<INovaSessionRepository>());

        Assert.Contains("Storage:Provider is 'Sqlite'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NovaOptions_OutOfRange_FailValidation()
    {
        using var provider = Build(new() { ["Nova:DefaultMaxTokens"] = "0" });

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<NovaOptions>>().Value);

        Assert.Contains("DefaultMaxTokens", failure.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddNovaApplication();
        services.AddNovaSessionStore(configuration);
        return services.BuildServiceProvider();
    }
}
