namespace Lottery.Plugins.SparseTraining;

/// <summary>
/// The drop fraction at a step (rigl/sparse_optimizers.py, get_drop_fraction): <c>constant</c> is the initial value;
/// <c>cosine</c> is TensorFlow's cosine_decay from it over T_end steps, alpha/2 (1 + cos(pi min(t, T_end) / T_end)).
/// </summary>
public static class DropFractionSchedule
{
    public const string Constant = "constant";
    public const string Cosine = "cosine";

    public static double At(string anneal, double initial, long step, long endStep) => anneal switch
    {
        Constant => initial,
        Cosine => endStep <= 0 ? 0 : initial / 2 * (1 + Math.Cos(Math.PI * Math.Min(step, endStep) / endStep)),
        _ => throw new ArgumentException($"Anneal = '{anneal}': expected {Constant} or {Cosine}", nameof(anneal)),
    };
}
