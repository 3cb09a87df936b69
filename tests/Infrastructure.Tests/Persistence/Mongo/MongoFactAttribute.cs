namespace Benchmarker.Infrastructure.Tests.Persistence.Mongo;

/// <summary>A fact that runs only when BENCHMARKER_TEST_MONGO contains a MongoDB connection string.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MongoFactAttribute : FactAttribute
{
    public const string Variable = "BENCHMARKER_TEST_MONGO";

    public MongoFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = "BENCHMARKER_TEST_MONGO is not set: no MongoDB server is available, so the MongoDB store tests are skipped.";
        }
    }
}

/// <summary>A theory that runs only when BENCHMARKER_TEST_MONGO contains a MongoDB connection string.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class MongoTheoryAttribute : TheoryAttribute
{
    public MongoTheoryAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(MongoFactAttribute.Variable)))
        {
            Skip = "BENCHMARKER_TEST_MONGO is not set: no MongoDB server is available, so the MongoDB store tests are skipped.";
        }
    }
}
