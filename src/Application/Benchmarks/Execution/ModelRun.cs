using Benchmarker.Application.Abstractions;
using Benchmarker.Domain.Benchmarks;

namespace Benchmarker.Application.Benchmarks.Execution;

/// <summary>
/// A model's result before its system impact is known, with its window in Stopwatch timestamps
/// (null when the model never started).
/// </summary>
internal sealed record ModelRun(ModelResult Result, ProcessGroup Process, long? StartTimestamp = null, long? EndTimestamp = null);
