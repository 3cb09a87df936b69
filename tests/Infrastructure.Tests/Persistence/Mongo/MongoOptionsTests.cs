using Benchmarker.Infrastructure.Persistence;
using Benchmarker.Infrastructure.Persistence.Mongo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Benchmarker.Infrastructure.Tests.Persistence.Mongo;

/// <summary>Validation of the MongoDB settings: each failure names its key and never shows the password.</summary>
public sealed class MongoOptionsTests
{
    private const string Password = "hunter2-Secret";

    private static OptionsValidationException Fail(params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Mongo",
            ["ConnectionStrings:Mongo"] = "mongodb://127.0.0.1:27017",
        };
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        using var services = new ServiceCollection().AddLogging().AddBenchmarkerStorage(configuration).BuildServiceProvider();
        return Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<StorageOptions>>().Value);
    }

    [Theory]
    [InlineData($"bench:{Password}@127.0.0.1:27017")]
    [InlineData($"http://bench:{Password}@127.0.0.1:27017")]
    [InlineData($"mongodb://bench:{Password}@127.0.0.1:notaport")]
    [InlineData($"mongodb://bench:{Password}@127.0.0.1:27017/?connectTimeoutMS=soon")]
    [InlineData($"mongodb+srv://bench:{Password}@127.0.0.1:27017")]
    public void Malformed_connection_string_names_key(string connectionString)
    {
        var error = Fail(("ConnectionStrings:Mongo", connectionString));

        Assert.Contains("ConnectionStrings:Mongo is invalid:", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("127.0.0.1:27017", "it does not start with mongodb:// or mongodb+srv://.")]
    [InlineData("mongodb://127.0.0.1:27017/?connectTimeoutMS=soon", "connectTimeoutMS has an invalid TimeSpan value of soon.")]
    public void Malformed_connection_string_gives_reason(string connectionString, string reason)
    {
        var error = Fail(("ConnectionStrings:Mongo", connectionString));

        Assert.Contains("ConnectionStrings:Mongo is invalid: " + reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00:00:00")]
    [InlineData("-00:00:01")]
    public void Non_positive_selection_timeout_names_key(string timeout)
    {
        var error = Fail(("Storage:Mongo:ServerSelectionTimeout", timeout));

        Assert.Contains("Storage:Mongo:ServerSelectionTimeout must be positive", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_database_names_key()
    {
        var error = Fail(("Storage:Mongo:Database", " "));

        Assert.Contains("Storage:Mongo:Database is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Connection_applies_selection_timeout()
    {
        var options = Options.Create(new StorageOptions
        {
            Provider = StorageOptions.MongoProvider,
            MongoConnectionString = $"mongodb://bench:{Password}@127.0.0.1:27017,127.0.0.2:27018/?serverSelectionTimeoutMS=60000",
            Mongo = new MongoStorageOptions { ServerSelectionTimeout = TimeSpan.FromMilliseconds(1500) },
        });

        using var connection = new MongoConnection(options);

        Assert.Equal(TimeSpan.FromMilliseconds(1500), connection.Client.Settings.ServerSelectionTimeout);
        Assert.Equal(TimeSpan.FromMilliseconds(1500), connection.Client.Settings.ConnectTimeout);
        Assert.Equal("127.0.0.1:27017, 127.0.0.2:27018", connection.Servers);
    }

    [Fact]
    public void Redact_removes_user_information()
    {
        var connectionString = $"mongodb://bench:{Password}@db.example:27017/?tls=true";

        var message = MongoConnectionStrings.Redact($"bad value 'bench:{Password}' in {connectionString}", connectionString);

        Assert.Equal("bad value '***' in (the connection string)", message);
    }
}
