using System.Reflection;
using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Common.Exceptions;
using Benchmarker.Domain.Models;
using Benchmarker.Infrastructure.Embedded.Demo;
using Benchmarker.Infrastructure.Embedded.Engine;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Benchmarker.Infrastructure.Embedded;

/// <summary>
/// Runs GGUF models in-process through llama.cpp (LLamaSharp). One model per *.gguf file in the
/// models directory; weights load on first use and unload after the keep-alive time. Owns native
/// memory, so it is a singleton disposed with the container.
/// </summary>
public sealed partial class EmbeddedLlamaBackend : IInferenceBackend, IDisposable
{
    private readonly EmbeddedEngineOptions options;
    private readonly ModelDirectory directory;
    private readonly DemoModelProvisioner demoModel;
    private readonly WeightsCache cache;
    private readonly ILogger<EmbeddedLlamaBackend> logger;

    public EmbeddedLlamaBackend(IOptions<EmbeddedEngineOptions> options, TimeProvider timeProvider, ILogger<EmbeddedLlamaBackend> logger)
    {
        ArgumentNullException.ThrowIfNull(options);

        this.options = options.Value;
        this.logger = logger;
        directory = new ModelDirectory(this.options.ModelsDirectory);
        demoModel = new DemoModelProvisioner(directory, this.options.CreateDemoModel, logger);
        cache = new WeightsCache(this.options.KeepAlive, timeProvider, logger);
    }

    public string Name => EmbeddedEngineNames.Backend;

    /// <summary>Engine and library version reported with every run.</summary>
    public static string Version { get; } =
        "llama.cpp via LLamaSharp " + (typeof(EmbeddedLlamaBackend).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "LLamaSharpVersion")?.Value ?? "(unknown version)");

    public bool Owns(string model) => model is not null && ModelDirectory.IsModelFileName(model);

    public async Task<BackendStatus> GetStatusAsync(CancellationToken cancellationToken)
    {
        await demoModel.EnsureAsync(cancellationToken);

        var error = directory.Exists
            ? null
            : $"The models directory '{directory.FullPath}' does not exist; create it or set {EmbeddedEngineOptions.SectionName}:ModelsDirectory.";
        return new BackendStatus(Name, directory.Exists, Version, directory.FullPath, error);
    }

    public async Task<IReadOnlyList<ModelDetails>> ListModelsAsync(CancellationToken cancellationToken)
    {
        await demoModel.EnsureAsync(cancellationToken);
        return await Task.Run(() => directory.EnumerateModelFiles().Select(ModelDirectory.Describe).ToList(), cancellationToken);
    }

    public async Task<ModelDetails?> DescribeModelAsync(string model, CancellationToken cancellationToken)
    {
        await demoModel.EnsureAsync(cancellationToken);
        if (!directory.TryResolve(model, out var path, out _) || !File.Exists(path))
        {
            return null;
        }

        return await Task.Run(() => ModelDirectory.Describe(new FileInfo(path)), cancellationToken);
    }

    public Task<IReadOnlyList<LoadedModelState>> ListLoadedModelsAsync(CancellationToken cancellationToken) =>
        Task.FromResult(cache.Snapshot());

    /// <summary>Loads llama.cpp's native library, so the first model's timings do not include it. Loads no model.</summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        await demoModel.EnsureAsync(cancellationToken);
        try
        {
            await Task.Run(LlamaNative.EnsureInitialised, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new BackendUnavailableException(Name, directory.FullPath, NativeLibraryError(exception), exception);
        }
    }

    public void Dispose() => cache.Dispose();

    private static string NativeLibraryError(Exception exception) =>
        $"llama.cpp's native library could not be loaded ({exception.GetType().Name}: {exception.Message}). It needs the OpenMP runtime: on Debian or Ubuntu run 'apt-get install libgomp1'.";
}
