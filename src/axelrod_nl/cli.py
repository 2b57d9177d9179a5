"""The ``axelrod-nl`` command.

Every failure the user can cause (a bad spec, an unknown strategy, an output
folder that cannot be written) ends with one ``axelrod-nl: error: ...`` line and
exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from pathlib import Path
from typing import Optional, Sequence

EXIT_USAGE = 2


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value <= 0:
        raise argparse.ArgumentTypeError(f"expected a positive number, got {value}")
    return value


def _seed(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"a seed cannot be negative, got {value}")
    return value


def _probability(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number, got {text!r}") from None


def _formats(text: str) -> tuple[str, ...]:
    from .results import EXPORT_FORMATS

    chosen = tuple(f.strip() for f in text.split(",") if f.strip())
    bad = [f for f in chosen if f not in EXPORT_FORMATS]
    if bad or not chosen:
        raise argparse.ArgumentTypeError(f"formats must be from {', '.join(EXPORT_FORMATS)}, got {text!r}")
    return chosen


def _say(args, *lines: str) -> None:
    if not getattr(args, "quiet", False):
        for line in lines:
            print(line)


# ---- commands ----------------------------------------------------------------------------

def command_run(args) -> int:
    from .spec import load_spec

    spec = load_spec(args.spec)
    tournament = spec.tournament(seed=args.seed, repetitions=args.repetitions, workers=args.workers,
                                 progress=not args.quiet,
                                 keep_histories=True if (args.plots or args.metrics) else None)
    if args.metrics and args.out is None:
        raise ValueError("--metrics writes its tables into the --out folder; give --out DIR too")
    if args.formats is not None and args.out is None:
        raise ValueError("--formats chooses the formats of the files --out writes; give --out DIR too")
    if args.out is not None:
        from .io import prepare_directory

        prepare_directory(args.out)  # fail before the run, not after it
    _prepare_plots(args)
    results = tournament.play()
    published = None
    if spec.reference:
        from .historical.reproduction import published as published_tables

        published = {name: entry.score for name, entry in published_tables(spec.reference).ENTRIES.items()}
    _say(args, f"{spec.name}: {len(spec.players)} players, {tournament.repetitions} repetitions, "
               f"seed {tournament.seed}", "", results.format_summary(published=published))
    if args.out is not None:
        written = results.save(args.out) if args.formats is None else results.save(args.out, formats=args.formats)
        _say(args, "", f"wrote {len(written)} files to {args.out}")
    if args.metrics:
        from .analysis.metrics import metric_tables
        from .io import atomic_path

        tables = metric_tables(results)
        for stem, table in tables.items():
            with atomic_path(Path(args.out) / f"{stem}.csv") as temporary:
                table.to_csv(temporary)
        _say(args, f"wrote {len(tables)} metric tables to {args.out}")
    if args.plots is not None:
        from .analysis.plots import save_figures, tournament_figures

        written = save_figures(tournament_figures(results), args.plots)
        _say(args, f"wrote {len(written)} plots to {args.plots}")
    return 0


def _prepare_plots(args) -> None:
    """Check that the plots folder can be written, before a possibly long run."""
    if args.plots is not None:
        from .io import prepare_directory

        prepare_directory(args.plots)


def command_ecology(args) -> int:
    from .analysis.ecology import Ecosystem
    from .io import atomic_path, prepare_directory
    from .spec import load_spec

    spec = load_spec(args.spec)
    tournament = spec.tournament(seed=args.seed, repetitions=args.repetitions, workers=args.workers,
                                 progress=not args.quiet)
    if not tournament.self_play:  # checked before a possibly long run
        raise ValueError(f"{args.spec}: the ecological simulation needs self-play; set self_play = true")
    if args.out is not None:
        prepare_directory(args.out)
    _prepare_plots(args)
    results = tournament.play()
    shares = Ecosystem(results).run(args.generations)
    shown = sorted({g for g in (0, 5, 50, args.generations) if g <= args.generations})
    table = shares.loc[shown].T.sort_values(args.generations, ascending=False, kind="stable")
    table.columns = [f"gen {g}" for g in shown]
    _say(args, f"{spec.name}: replicator dynamics over {args.generations} generations "
               f"({tournament.repetitions} repetitions, seed {tournament.seed}); shares in %", "",
         table.mul(100).to_string(float_format=lambda x: f"{x:.2f}"))
    if args.out is not None:
        target = Path(args.out) / "ecology_shares.csv"
        with atomic_path(target) as temporary:
            shares.to_csv(temporary)
        _say(args, "", f"wrote {target}")
    if args.plots is not None:
        from .analysis.plots import population_shares, save_figure

        target = save_figure(population_shares(shares, title=f"{spec.name}: ecological simulation"),
                             Path(args.plots) / "ecology.png")
        _say(args, f"wrote {target}")
    return 0


def command_moran(args) -> int:
    from .analysis.moran import estimate_fixation_probability, exact_fixation_probability
    from .spec import load_spec

    spec = load_spec(args.spec)
    tournament = spec.tournament(seed=args.seed, repetitions=args.repetitions, workers=args.workers)
    if not tournament.self_play:  # checked before a possibly long run
        raise ValueError(f"{args.spec}: a Moran process needs self-play payoffs; set self_play = true")
    mutant, resident = (_player_named(name, tournament.names) for name in (args.mutant, args.resident))
    if not 1 <= args.mutants < args.size:
        raise ValueError(f"--mutants must be between 1 and --size - 1 ({args.size - 1}), got {args.mutants}")
    results = tournament.play()
    options = dict(process=args.process, intensity=args.intensity, self_interaction=args.self_interaction)
    estimate = estimate_fixation_probability(results, mutant, resident, args.size, runs=args.runs,
                                             mutants=args.mutants, seed=tournament.seed, **options)
    matrix = results.payoff_matrix
    exact = exact_fixation_probability(matrix.loc[mutant, mutant], matrix.loc[mutant, resident],
                                       matrix.loc[resident, mutant], matrix.loc[resident, resident],
                                       args.size, mutants=args.mutants, **options)
    interaction = "with" if args.self_interaction else "without"
    print(f"{spec.name}: Moran process, {args.process}, N = {args.size}, intensity {args.intensity:g}, "
          f"{interaction} self-interaction ({tournament.repetitions} repetitions, seed {tournament.seed})")
    print(f"{args.mutants} {mutant} among {args.size - args.mutants} {resident}:")
    print(f"  fixation probability   {estimate.probability:.4f} ± {estimate.standard_error:.4f} "
          f"({args.runs} runs, mean {estimate.mean_steps:.0f} steps)")
    print(f"  exact (Nowak et al.)   {exact:.4f}")
    print(f"  neutral drift          {args.mutants / args.size:.4f}")
    return 0


def _player_named(name: str, names: Sequence[str]) -> str:
    """A tournament player's display name, matched exactly or ignoring case, spaces and punctuation."""
    if name in names:
        return name
    key = "".join(c for c in name.lower() if c.isalnum())
    found = [n for n in names if "".join(c for c in n.lower() if c.isalnum()) == key]
    if len(found) > 1:
        raise ValueError(f"{name!r} could be any of {', '.join(found)}; give the exact name")
    if not found:
        raise ValueError(f"no player named {name!r} in the spec; players are {', '.join(names)}")
    return found[0]


def command_reproduce(args) -> int:
    from .historical.reproduction import reproduce_spec
    from .spec import load_spec

    spec = load_spec(args.spec)
    report = reproduce_spec(spec, seeds=args.seeds, seed=args.seed, workers=args.workers, progress=True)
    print(f"{spec.name} against {spec.reference}")
    print(report.format())
    return 0


def command_match(args) -> int:
    from .game import Game
    from .loading import parse_player
    from .match import Match

    if args.turns is not None and args.continuation is not None:
        raise ValueError("--turns and --continuation conflict: give a fixed number of turns or a "
                         "continuation probability, not both")
    search = [Path.cwd()]
    a, b = parse_player(args.player_a, search), parse_player(args.player_b, search)
    game = Game(*args.payoffs) if args.payoffs else None
    turns = None if args.continuation is not None else (200 if args.turns is None else args.turns)
    match = Match(a, b, turns, continuation=args.continuation, noise=args.noise, seed=args.seed, game=game)
    print(match.play())
    return 0


def command_strategies(args) -> int:
    from .strategies import CATALOGUE

    rows = []
    for class_name, cls in CATALOGUE.items():
        c = cls.classifier
        depth = "inf" if c.memory_depth == math.inf else f"{c.memory_depth:g}"
        rows.append((class_name, cls.name, "yes" if c.stochastic else "no", depth,
                     "yes" if c.uses_length else "no", "yes" if c.uses_payoffs else "no"))
    header = ("class", "name", "stochastic", "memory", "length", "payoffs")
    widths = [max(len(r[k]) for r in rows + [header]) for k in range(len(header))]
    for row in [header] + rows:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths)).rstrip())
    print(f"\n{len(rows)} strategies")
    return 0


# ---- parser --------------------------------------------------------------------------------

def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    parser = argparse.ArgumentParser(prog="axelrod-nl",
                                     description="Iterated prisoner's dilemma tournaments, fast and faithful.")
    parser.add_argument("--version", action="version", version=f"axelrod-nl {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True

    run = commands.add_parser("run", help="play a tournament spec and print its ranking")
    run.add_argument("spec", help="tournament spec (TOML), e.g. tournaments/axelrod_1980_first.toml")
    run.add_argument("--seed", type=_seed, help="override the spec's seed")
    run.add_argument("--repetitions", type=_positive_int, help="override the spec's repetitions")
    run.add_argument("--workers", type=_positive_int, help="threads to use (default: all cores)")
    run.add_argument("--out", type=Path, help="folder for summary, matches and payoff matrix files")
    run.add_argument("--formats", type=_formats,
                     help="comma-separated formats of the --out files: csv, parquet (default both)")
    run.add_argument("--plots", type=Path, metavar="DIR", help="folder for PNG plots of the results")
    run.add_argument("--metrics", action="store_true",
                     help="also write the analysis tables (outcome rates, state-to-action rates, good partner "
                          "rating, niceness, payoff differences) as CSV into --out")
    run.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    run.set_defaults(handler=command_run)

    ecology = commands.add_parser("ecology", help="play a spec, then Axelrod's ecological simulation "
                                                  "(replicator dynamics) on its payoffs")
    ecology.add_argument("spec", help="tournament spec (TOML); self_play must be on")
    ecology.add_argument("--generations", type=_positive_int, default=1000,
                         help="generations to simulate (default 1000)")
    ecology.add_argument("--seed", type=_seed, help="override the spec's seed")
    ecology.add_argument("--repetitions", type=_positive_int, help="override the spec's repetitions")
    ecology.add_argument("--workers", type=_positive_int, help="threads to use (default: all cores)")
    ecology.add_argument("--out", type=Path, metavar="DIR", help="folder for the shares of every generation (CSV)")
    ecology.add_argument("--plots", type=Path, metavar="DIR", help="folder for the stackplot of the shares (PNG)")
    ecology.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    ecology.set_defaults(handler=command_ecology)

    moran = commands.add_parser("moran", help="play a spec, then estimate how often mutants of one rule "
                                              "take over a population of another (Moran process)")
    moran.add_argument("spec", help="tournament spec (TOML); self_play must be on")
    moran.add_argument("--mutant", required=True, help="the invading rule's name, e.g. 'Tit For Tat'")
    moran.add_argument("--resident", required=True, help="the resident rule's name, e.g. Defector")
    moran.add_argument("--size", type=_positive_int, default=20, help="population size N (default 20)")
    moran.add_argument("--mutants", type=_positive_int, default=1, help="starting mutants (default 1)")
    moran.add_argument("--runs", type=_positive_int, default=10_000, help="independent runs (default 10000)")
    moran.add_argument("--intensity", type=_probability, default=1.0,
                       help="intensity of selection w, fitness 1 - w + w * payoff (default 1)")
    moran.add_argument("--process", choices=("birth-death", "death-birth"), default="birth-death",
                       help="updating rule (default birth-death)")
    moran.add_argument("--self-interaction", action="store_true",
                       help="count each individual's game against itself in its payoff")
    moran.add_argument("--seed", type=_seed, help="override the spec's seed (also seeds the process)")
    moran.add_argument("--repetitions", type=_positive_int, help="override the spec's repetitions")
    moran.add_argument("--workers", type=_positive_int, help="threads to use (default: all cores)")
    moran.set_defaults(handler=command_moran)

    reproduce = commands.add_parser("reproduce", help="replay a historical tournament under many seeds "
                                                      "and compare it with the published results")
    reproduce.add_argument("spec", help="a spec with a reference, e.g. tournaments/axelrod_1980_first.toml")
    reproduce.add_argument("--seeds", type=_positive_int, default=1000, help="number of reproductions (default 1000)")
    reproduce.add_argument("--seed", type=_seed, help="seed of the whole run (default: the spec's)")
    reproduce.add_argument("--workers", type=_positive_int, help="threads to use (default: all cores)")
    reproduce.set_defaults(handler=command_reproduce)

    match = commands.add_parser("match", help="play one match and print both move strings and scores")
    match.add_argument("player_a", help="strategy, e.g. TitForTat, 'Random(0.3)', 'strategies/networkers.py:GiveFirst'")
    match.add_argument("player_b", help="strategy for the second player")
    match.add_argument("--turns", type=_positive_int, help="number of moves (default 200; not with --continuation)")
    match.add_argument("--continuation", type=_probability,
                       help="continuation probability w instead of fixed turns (not with --turns)")
    match.add_argument("--noise", type=_probability, default=0.0, help="probability of flipping each move")
    match.add_argument("--seed", type=_seed, default=0, help="random seed (default 0)")
    match.add_argument("--payoffs", type=float, nargs=4, metavar=("R", "S", "T", "P"), help="payoffs (default 3 0 5 1)")
    match.set_defaults(handler=command_match)

    strategies = commands.add_parser("strategies", help="list the strategy catalogue with classifiers")
    strategies.set_defaults(handler=command_strategies)
    return parser


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        print("axelrod-nl: interrupted", file=sys.stderr)
        from .engine import runner

        if runner.kernel_stuck():
            # A rule is still spinning in the kernel thread; end the process without waiting for it.
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(130)
        return 130
    except (ValueError, TypeError, OSError) as error:
        if os.environ.get("AXELROD_NL_DEBUG"):
            raise
        print(f"axelrod-nl: error: {error}", file=sys.stderr)
        return EXIT_USAGE


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
