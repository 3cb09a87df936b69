using Microsoft.Extensions.Options;
using Benchmarker.Infrastructure.Persistence.Mongo;

namespace Benchmarker.Infrastructure.Persistence;

/// <summary>Checks the storage settings at start; each failure names the key at fault and never echoes the connection string.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var failures = new List<string>();

        if (!options.UsesMongo && !string.Equals(options.Provider, StorageOptions.JsonProvider, StringComparison.OrdinalIgnoreCase))
        {
            failures.Add($"Storage:Provider is '{options.Provider}', which is not a store: use \"Json\" or \"Mongo\".");
        }

        if (options.UsesMongo)
        {
            failures.AddRange(ValidateMongo(options));
        }

        if (string.IsNullOrWhiteSpace(options.Json.Directory))
        {
            failures.Add("Storage:Json:Directory is empty: set a directory for the run files.");
        }

        if (string.IsNullOrWhiteSpace(options.OutboxDirectory))
        {
            failures.Add("Storage:OutboxDirectory is empty: set a directory for runs waiting to be saved.");
        }

        if (!options.UsesMongo && IsSameDirectory(options.Json.Directory, options.OutboxDirectory))
        {
            // The replay saves a spooled "{id}.json" into the run directory and then deletes the spooled
            // file, so with one directory for both it would delete every stored run.
            failures.Add("Storage:OutboxDirectory is the same directory as Storage:Json:Directory: give the outbox its own directory, for example \"data/outbox\".");
        }

        if (options.OutboxReplayInterval <= TimeSpan.Zero)
        {
            failures.Add("Storage:OutboxReplayInterval must be positive, for example \"00:01:00\".");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsSameDirectory(string? first, string? second)
    {
        if (string.IsNullOrWhiteSpace(first) || string.IsNullOrWhiteSpace(second))
        {
            return false;
        }

        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(
            Path.TrimEndingDirectorySeparator(Path.GetFullPath(first)),
            Path.TrimEndingDirectorySeparator(Path.GetFullPath(second)),
            comparison);
    }

    private static IEnumerable<string> ValidateMongo(StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.MongoConnectionString))
        {
            yield return "ConnectionStrings:Mongo is missing: Storage:Provider is \"Mongo\", so set ConnectionStrings__Mongo in the environment or in user secrets.";
        }
        else if (MongoConnectionStrings.FindError(options.MongoConnectionString) is { } error)
        {
            yield return $"ConnectionStrings:Mongo is invalid: {error} Use the form mongodb://[user:password@]host[:port][/?options].";
        }

        if (string.IsNullOrWhiteSpace(options.Mongo.Database))
        {
            yield return "Storage:Mongo:Database is empty: set the name of the MongoDB database, for example \"benchmarker\".";
        }

        if (options.Mongo.ServerSelectionTimeout <= TimeSpan.Zero)
        {
            yield return "Storage:Mongo:ServerSelectionTimeout must be positive, for example \"00:00:05\".";
        }
    }
}
