using Benchmarker.Application.Abstractions;
using Benchmarker.Application.Benchmarks.Metrics;
using Benchmarker.Domain.Benchmarks;
using Benchmarker.Domain.Models;

namespace Benchmarker.Application.Benchmarks.Execution;

/// <summary>Assembles a model result from a generation's outcome and its measured metrics.</summary>
internal static class ModelResultFactory
{
    public static ModelResult FromMeasurement(
        ModelAssignment assignment,
        string backendName,
        string prompt,
        DateTimeOffset timestamp,
        GenerationOutcome outcome,
        ModelMeasurement measurement,
        LoadedModelState? loadedBefore) =>
        new()
        {
            Model = assignment.Model,
            Backend = backendName,
            Success = outcome.Status == GenerationStatus.Completed,
            Flags = measurement.Flags,
            Timestamp = timestamp,
            Prompt = prompt,
            Response = measurement.Response,
            Thinking = measurement.Thinking,
            Timing = measurement.Timing,
            Throughput = measurement.Throughput,
            Tokens = measurement.Tokens,
            DoneReason = measurement.DoneReason,
            ChunkOffsets = measurement.ChunkOffsets,
            RejectedAttempts = outcome.RejectedAttempts,
            ModelDetails = assignment.Details,
            LoadedBefore = loadedBefore,
        };
}
