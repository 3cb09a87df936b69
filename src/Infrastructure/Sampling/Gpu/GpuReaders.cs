namespace Benchmarker.Infrastructure.Sampling.Gpu;

/// <summary>Chooses how GPUs are read: NVML when the library loads, else nvidia-smi on PATH, else nothing with the reason.</summary>
internal static class GpuReaders
{
    public static IGpuReader Create(TimeSpan interval)
    {
        if (NvmlGpuReader.TryCreate() is { } nvml)
        {
            return nvml;
        }

        return NvidiaSmiGpuReader.FindOnPath() is { } smi
            ? NvidiaSmiGpuReader.Start(smi, interval)
            : new UnavailableGpuReader(UnavailableGpuReader.NoNvidia);
    }
}
