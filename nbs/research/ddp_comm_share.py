"""How long a data-parallel step waits for its gradient reduction (issue 22): run with
    OMP_NUM_THREADS=1 torchrun --nproc_per_node 2 nbs/research/ddp_comm_share.py small         # 25 MB buckets, during backward
    OMP_NUM_THREADS=1 torchrun --nproc_per_node 2 nbs/research/ddp_comm_share.py small 1e9     # one bucket: after backward
Prints the step time and the time `DataParallel.before_step` waited for the all_reduce, over steps 4-13."""
import sys, tempfile, time
from pathlib import Path
import torch
from fastai.callback.core import Callback
from electra_fastai.data import electra_dls
from electra_fastai.pretrain import electra_learner, dist_info
from electra_fastai.test_utils import synthetic_data

rank, world = dist_info()
d = Path(tempfile.gettempdir())/'electra_ddp_share'
if rank == 0 and not (d/'data').exists(): synthetic_data(d/'data', n_examples=256, max_len=128, vocab_size=30522)
torch.distributed.barrier()
preset = sys.argv[1] if len(sys.argv) > 1 else 'small'

class Clock(Callback):
    order = 100
    def before_fit(self): self.t, self.n = None, 0
    def after_batch(self):
        if self.learn.step == 3 and self.t is None: self.t, self.w0 = time.perf_counter(), self.learn.data_parallel.waited
        elif self.t is not None: self.n += 1
    def after_fit(self):
        total, waited = time.perf_counter() - self.t, self.learn.data_parallel.waited - self.w0
        if rank == 0: print(f'{preset}: {world} processes, {total / self.n * 1e3:.0f} ms/step, waiting for the gradient all_reduce '
                            f'{waited / self.n * 1e3:.1f} ms/step = {waited / total:.1%} of the step')

learn = electra_learner(electra_dls(d/'data', bs=16), preset, steps=13, warmup_steps=2, path=d/f'run{rank}', cbs=[Clock()])
learn.remove_cb(learn.checkpoint)
if len(sys.argv) > 2: learn.data_parallel.bucket_mb = float(sys.argv[2])
with learn.no_bar(), learn.no_logging(): learn.fit_steps()
