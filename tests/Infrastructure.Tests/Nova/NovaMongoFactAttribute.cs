namespace Benchmarker.Infrastructure.Tests.Nova;

/// <summary>
/// A fact that runs only when BENCHMARKER_TEST_MONGO contains a MongoDB connection string.
/// No MongoDB server is available by default, so the test is skipped with the reason instead of failing.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NovaMongoFactAttribute : FactAttribute
{
    public const string VariableName = "BENCHMARKER_TEST_MONGO";

    public NovaMongoFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            Skip = "BENCHMARKER_TEST_MONGO is not set: no MongoDB server is available, so the MongoDB session store tests are skipped.";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(VariableName);
}
