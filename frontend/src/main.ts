import './styles/global.css';
import './styles/ssr.css';
import { bootApp } from './app/boot.js';

void bootApp(document);
