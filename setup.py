"Packaging: metadata, dependencies and console scripts come from settings.ini; the version from electra_fastai/__init__.py."
import re
from configparser import ConfigParser
from pathlib import Path
from setuptools import find_namespace_packages, setup

here = Path(__file__).parent
cfg = ConfigParser(delimiters=['='])
cfg.read(here/'settings.ini', encoding='utf-8')
cfg = cfg['DEFAULT']
version = re.search(r'^__version__\s*=\s*"([^"]+)"', (here/cfg['lib_path']/'__init__.py').read_text(), re.M).group(1)
licenses = {'apache2': 'Apache-2.0'}
statuses = ['1 - Planning', '2 - Pre-Alpha', '3 - Alpha', '4 - Beta', '5 - Production/Stable', '6 - Mature', '7 - Inactive']
lic = licenses[cfg['license']]

setup(
    name=cfg['lib_name'], version=version, description=cfg['description'],
    long_description=(here/'README.md').read_text(encoding='utf-8'), long_description_content_type='text/markdown',
    author=cfg['author'], author_email=cfg['author_email'], license=lic, url=cfg['git_url'],
    keywords=cfg['keywords'].split(), python_requires='>=' + cfg['min_python'],
    packages=find_namespace_packages(include=[cfg['lib_path'], cfg['lib_path'] + '.*']),
    package_data={cfg['lib_path'] + '.samples': ['*.txt']},
    install_requires=cfg['requirements'].split(), extras_require={'dev': cfg['dev_requirements'].split()},
    entry_points={'console_scripts': cfg['console_scripts'].split(),
                  'nbdev': [f"{cfg['lib_path']}={cfg['lib_path']}._modidx:d"]},
    classifiers=['Development Status :: ' + statuses[int(cfg['status'])], 'Intended Audience :: Science/Research',
                 'Natural Language :: ' + cfg['language'], 'Programming Language :: Python :: 3',
                 'Topic :: Scientific/Engineering :: Artificial Intelligence'],
    zip_safe=False,
)
