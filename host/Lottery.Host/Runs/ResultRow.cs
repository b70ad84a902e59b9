using Lottery.Host.Options;

namespace Lottery.Host.Runs;

/// <summary>
/// One point of the results: a method's network at a level and density, its final and best-validation accuracies
/// (fractions; the validation ones null without a validation split).
/// </summary>
public sealed record ResultRow(string Method, int Level, double Density, double? ValAccuracy, double TestAccuracy, double? BestValAccuracy, double BestTestAccuracy);
