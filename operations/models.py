from django.db import models


class WorkerHeartbeat(models.Model):
    """When each background worker last went round its loop; /healthz/ reports a silent one."""

    worker_id = models.CharField(max_length=64, unique=True)
    started_at = models.DateTimeField()
    seen_at = models.DateTimeField(db_index=True)

    def __str__(self):
        return f"worker {self.worker_id} (last seen {self.seen_at:%Y-%m-%d %H:%M:%S})"
