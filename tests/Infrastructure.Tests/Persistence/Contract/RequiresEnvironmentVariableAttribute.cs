namespace Benchmarker.Infrastructure.Tests.Persistence.Contract;

/// <summary>
/// Marks a test class whose <see cref="StoreFactAttribute"/> and <see cref="StoreTheoryAttribute"/>
/// tests need an environment variable, typically the connection string of a server. Without it each
/// such test is reported as skipped with the reason "{variable} is not set: {purpose}". The skip is
/// decided per concrete class, so one abstract contract can run against a store that is always
/// available and skip against one that is not.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresEnvironmentVariableAttribute(string variable, string purpose) : Attribute
{
    public string Variable { get; } = variable;

    /// <summary>What is missing without the variable, the second half of the skip reason.</summary>
    public string Purpose { get; } = purpose;
}
