"""es vs gdes vs none: the same `laptop` pre-training with each embedding sharing, on the English and Spanish corpora of
../shared/data, then the held-out replaced-token-detection AUCs and GLUE fine-tuning (CoLA, STS-B, SST-2, 3 seeds).

Run from the repository root, one job at a time (each torch process uses both cores of the development machine):

    python nbs/research/embedding_sharing.py --out research_runs/sharing                  # everything: hours on 2 CPU cores
    python nbs/research/embedding_sharing.py --out research_runs/sharing --lang es --steps 1000 --no-glue   # a quick look

It prints a Markdown table of every figure and writes it to OUT/table.md; each run keeps its folder (OUT/LANG-SHARING)
so an interrupted comparison continues where it stopped (a finished run is not trained again).
"""
import argparse, gzip, json, subprocess, sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[3]/'shared'/'data'
CORPORA = dict(es=(DATA/'es'/'novelas.txt.gz', DATA/'es'/'varios.txt.gz'), en=(DATA/'en'/'eltec-eng.txt.gz', None))
TASKS = dict(CoLA=dict(epochs=None, metric='mcc'), **{'STS-B': dict(epochs=3, metric='spearman')},
             **{'SST-2': dict(epochs=1, metric='accuracy')})

def sh(*args):
    print('$', ' '.join(map(str, args)), flush=True)
    subprocess.run([str(a) for a in args], check=True)

def split_heldout(corpus:Path, out:Path, share:float=0.05) -> tuple[Path, Path]:
    "The corpus without its last `share` of documents, and those documents as held-out text."
    train, held = out/'train.txt', out/'heldout.txt'
    if not held.exists():
        docs = gzip.open(corpus, 'rt', encoding='utf-8').read().split('\n\n')
        k = max(1, int(len(docs) * share))
        out.mkdir(parents=True, exist_ok=True)
        # held-out novels cut into documents of 10 paragraphs: electra-eval takes a passage or two per document
        chunks = [lines[i:i + 10] for d in docs[-k:] for lines in [[l for l in d.split('\n') if l.strip()]]
                  for i in range(0, len(lines), 10)]
        train.write_text('\n\n'.join(docs[:-k]), encoding='utf-8')
        held.write_text('\n\n'.join('\n'.join(c) for c in chunks), encoding='utf-8')
    return train, held

def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('--out', required=True)
    p.add_argument('--lang', default='es,en')
    p.add_argument('--sharing', default='es,gdes,none')
    p.add_argument('--steps', type=int, default=None, help="pre-training steps (default: laptop's 5,000)")
    p.add_argument('--seeds', type=int, default=3)
    p.add_argument('--no-glue', action='store_true')
    a = p.parse_args()
    out = Path(a.out)
    rows = []
    for lang in a.lang.split(','):
        corpus, held = CORPORA[lang]
        if held is None: corpus, held = split_heldout(corpus, out/f'{lang}-corpus')
        for s in a.sharing.split(','):
            run = out/f'{lang}-{s}'
            if not (run/'eval.json').exists():
                sh('electra-pretrain', '--corpus', corpus, '--preset', 'laptop', '--set', f'embedding_sharing={s}',
                   *(['--steps', a.steps] if a.steps else []), '--eval-text', held, '--seed', 0, '--demo', '',
                   '--progress', 'lines', '--out', run, *(['--resume'] if (run/'checkpoints').exists() else []))
            ev = json.loads((run/'eval.json').read_text())
            row = dict(lang=lang, sharing=s, uniform=ev['uniform'], unigram=ev['unigram'], generator=ev.get('generator'))
            if not a.no_glue:
                for task, t in TASKS.items():
                    g = run/f'glue-{task}'
                    if not (g/'summary.json').exists():
                        sh('electra-glue', '--model', run/'model', '--data', DATA/'glue', '--task', task, '--seeds', a.seeds,
                           '--first-seed', 0, '--max-len', 64, *(['--epochs', t['epochs']] if t['epochs'] else []),
                           '--out', g, '--quiet')
                    summary = json.loads((g/'summary.json').read_text())
                    med = [r['median'] for r in summary['tasks'] if r['metric'] == t['metric']]
                    row[task] = med[0] if med else None
            rows.append(row)
    cols = ['lang', 'sharing', 'uniform', 'unigram', 'generator'] + ([] if a.no_glue else list(TASKS))
    fmt = lambda v: '' if v is None else f'{v:.3f}' if isinstance(v, float) and v < 1.5 else f'{v:.2f}' if isinstance(v, float) else str(v)
    table = '\n'.join(['| ' + ' | '.join(cols) + ' |', '|' + '---|' * len(cols)] +
                      ['| ' + ' | '.join(fmt(r.get(c)) for c in cols) + ' |' for r in rows])
    print(table)
    (out/'table.md').write_text(table + '\n')

if __name__ == '__main__': main()
